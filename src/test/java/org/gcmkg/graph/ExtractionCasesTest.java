package org.gcmkg.graph;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.gcmkg.corpus.Corpus;
import org.gcmkg.corpus.SourceText;
import org.gcmkg.extract.ExtractedDocument;
import org.gcmkg.kind.DocumentKind;
import org.gcmkg.kind.DocumentKinds;
import org.gcmkg.link.Links;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each extraction rule on a small input: {@code extraction-cases/{stem}/{case}.txt} is read as the file
 * {@code {stem}.txt} of a corpus of its own, and the graph built of it must be isomorphic to {@code {case}.ttl} beside
 * it. See the README in {@code extraction-cases}.
 */
class ExtractionCasesTest {
    private static final Path CASES = Path.of("src/test/resources/extraction-cases");

    @TempDir
    Path tmp;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.walk(CASES)) {
            return files
                    .filter(f -> f.toString().endsWith(".txt"))
                    .map(f -> CASES.relativize(f).toString())
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void smallInputGivesTheExpectedGraph(String name) throws IOException {
        Path input = CASES.resolve(name);
        String stem = input.getParent().getFileName().toString();
        Path corpus = Files.createDirectory(tmp.resolve("corpus"));
        Files.copy(input, corpus.resolve(stem + ".txt"));
        // A part of a document: read as its kind reads a whole one, but without requiring it whole.
        Model actual = partGraph(Corpus.open(corpus).documents().get(0));
        Path expectedFile = Path.of(input.toString().replaceFirst("\\.txt$", ".ttl"));
        Graph expected = RDFParser.source(expectedFile).lang(Lang.TURTLE).toGraph();
        assertTrue(
                expected.isIsomorphicWith(actual.getGraph()),
                () -> "the graph of " + name + " differs from "
                        + expectedFile + ":\nmissing:\n" + turtle(difference(expected, actual.getGraph()))
                        + "unexpected:\n"
                        + turtle(difference(actual.getGraph(), expected)));
    }

    private static Model partGraph(SourceText source) {
        return partGraph(DocumentKinds.registered().of(source), source);
    }

    private static <T extends ExtractedDocument> Model partGraph(DocumentKind<T> kind, SourceText source) {
        T document = kind.extractPart(source);
        return kind.graph(document, Links.from(List.of(document)));
    }

    private static Model difference(Graph a, Graph b) {
        Model m = ModelFactory.createDefaultModel();
        List.copyOf(a.find().toList()).stream().filter(t -> !b.contains(t)).forEach(m.getGraph()::add);
        return m;
    }

    private static String turtle(Model model) {
        Namespaces.setPrefixes(model);
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, model, Lang.TURTLE);
        return out.toString();
    }
}

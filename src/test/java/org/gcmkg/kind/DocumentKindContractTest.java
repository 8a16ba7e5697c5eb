package org.gcmkg.kind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.vocabulary.RDF;
import org.gcmkg.corpus.Corpus;
import org.gcmkg.corpus.SourceText;
import org.gcmkg.graph.GCM;
import org.gcmkg.graph.Ontology;
import org.gcmkg.graph.PROV;
import org.gcmkg.graph.Unlabelled;
import org.gcmkg.graph.Uris;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every registered kind of document must do, checked for each on its sample files: the files listed, one path
 * from the project directory a line, in the test resource {@code samples.list} of the kind's package. The graph is
 * built once from the samples of every kind together, as the corpus would hold them.
 */
class DocumentKindContractTest {
    static final Path CORPUS = Path.of("data/corpus");
    static Dataset dataset;
    static ValidationReport report;

    static Stream<DocumentKind<?>> kinds() {
        return DocumentKinds.registered().all().stream();
    }

    /** The sample files of {@code kind}. */
    static List<Path> samples(DocumentKind<?> kind) {
        try (InputStream in = kind.getClass().getResourceAsStream("samples.list")) {
            assertNotNull(in, kind.getClass().getName() + " has a test resource samples.list in its package");
            List<Path> files = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank())
                    .map(l -> Path.of(l.strip()))
                    .toList();
            assertFalse(files.isEmpty(), kind + " has sample files");
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> corpusFiles() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @BeforeAll
    static void build() {
        List<SourceText> documents =
                kinds().flatMap(k -> samples(k).stream()).map(Corpus::read).toList();
        dataset = KnowledgeGraph.build(documents);
        report = ShaclValidator.get()
                .validate(Ontology.shapes(), dataset.getDefaultModel().getGraph());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void recognisesItsOwnSamplesAndNoOtherKindsNorAnyOtherCorpusFile(DocumentKind<?> kind) throws IOException {
        List<Path> own = samples(kind);
        for (Path sample : own) {
            SourceText source = Corpus.read(sample);
            assertTrue(kind.recognises(source), kind + " recognises " + sample);
            // By its content, not its name.
            assertTrue(kind.recognises(new SourceText("renamed.txt", source.content())), kind + " renamed " + sample);
            assertSame(kind, DocumentKinds.registered().of(source), "only " + kind + " claims " + sample);
        }
        Set<Path> others = new LinkedHashSet<>(corpusFiles());
        kinds().filter(k -> k != kind).forEach(k -> others.addAll(samples(k)));
        others.removeAll(own);
        assertFalse(others.isEmpty());
        for (Path other : others) {
            assertFalse(kind.recognises(Corpus.read(other)), kind + " does not recognise " + other);
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void writesAGraphThatConformsToTheShapes(DocumentKind<?> kind) {
        Set<Resource> written = new LinkedHashSet<>();
        for (Model graph : graphs(kind)) {
            assertEquals(
                    1,
                    graph.listSubjectsWithProperty(RDF.type, GCM.SourceDocument)
                            .toList()
                            .size());
            assertTrue(
                    graph.size()
                            > graph.listStatements(graph.getResource(document(graph)), null, (RDFNode) null)
                                    .toList()
                                    .size(),
                    kind + " writes more than its source document");
            written.addAll(graph.listSubjects().toList());
        }
        List<String> violations = new ArrayList<>();
        for (ReportEntry entry : report.getEntries()) {
            if (written.stream().anyMatch(r -> r.asNode().equals(entry.focusNode()))) {
                violations.add(entry.toString());
            }
        }
        assertEquals(List.of(), violations, kind.name());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void givesEveryResourceItWritesALabelAndItsProvenance(DocumentKind<?> kind) {
        for (Model data : graphs(kind)) {
            Resource document = data.getResource(document(data));
            assertEquals(List.of(), Unlabelled.in(data), document.getURI());
            for (Statement typed :
                    data.listStatements(null, RDF.type, (RDFNode) null).toList()) {
                Resource r = typed.getSubject();
                if (typed.getObject().equals(GCM.SourceDocument)) {
                    continue;
                }
                // Each named graph says of what it describes that it was read from its own document.
                assertTrue(data.contains(r, PROV.wasDerivedFrom, document), r + " in " + document);
                if (!typed.getObject().equals(GCM.Passage)
                        && !typed.getObject().equals(GCM.Mention)
                        && !typed.getObject().equals(GCM.Alignment)) {
                    assertTrue(data.contains(r, GCM.passage), r + " has a passage in " + document);
                }
            }
        }
    }

    @Test
    void registersTheKindsOfTheCorpusAndClaimsEachOfItsFilesOnce() throws IOException {
        List<String> corpusKinds = List.of(
                "GCM implementation booklet",
                "QUNO Foundations for Implementation sheet",
                "input to the UNSG's report on the GCM",
                "IOM International Dialogue on Migration report");
        // In the order of the main registration; the tests' own kinds come before or after, by class path order.
        assertEquals(
                corpusKinds,
                DocumentKinds.registered().names().stream()
                        .filter(corpusKinds::contains)
                        .toList());
        List<String> kindOfEach = new ArrayList<>();
        for (Path file : corpusFiles()) {
            kindOfEach.add(file.getFileName() + " "
                    + DocumentKinds.registered().of(Corpus.read(file)).name());
        }
        assertEquals(
                List.of(
                        "gcm-implementation-booklet.txt GCM implementation booklet",
                        "icmpd-input-unsg-report.txt input to the UNSG's report on the GCM",
                        "iom-idm-red-book-27.txt IOM International Dialogue on Migration report",
                        "quno-foundations-objective-23.txt QUNO Foundations for Implementation sheet"),
                kindOfEach);
    }

    /** The named graphs of the kind's samples. */
    private static List<Model> graphs(DocumentKind<?> kind) {
        return samples(kind).stream()
                .map(p -> {
                    String stem = Corpus.read(p).stem();
                    assertTrue(dataset.containsNamedModel(Uris.graph(stem)), stem);
                    return dataset.getNamedModel(Uris.graph(stem));
                })
                .toList();
    }

    private static String document(Model graph) {
        return graph.listSubjectsWithProperty(RDF.type, GCM.SourceDocument)
                .next()
                .getURI();
    }
}

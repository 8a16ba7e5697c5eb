package org.gcmkg.graph;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.gcmkg.CorpusGraph;
import org.gcmkg.corpus.Corpus;
import org.gcmkg.corpus.CorpusException;
import org.gcmkg.extract.ExtractedDocument;
import org.gcmkg.extract.ExtractorFuzz;
import org.gcmkg.kind.DocumentKind;
import org.gcmkg.kind.DocumentKinds;
import org.gcmkg.link.Links;

/**
 * A mangled document that is read at all makes a graph that conforms to the shapes: its resources are validated in
 * the graph of the whole corpus, the mangled document in place of the original (the other documents' graphs as built
 * from the corpus, since a document's links reach into them, e.g. QUNO's guidance to the booklet's objectives).
 */
class MutantGraphShapesTest {
    private static Dataset corpusGraph;
    private static List<ExtractedDocument> originals;

    /** Per document, the graphs of the others, as built from the corpus: what a mutant's graph is validated in. */
    private static final Map<String, Graph> othersOf = new ConcurrentHashMap<>();

    @BeforeContainer
    static void readTheCorpus() {
        Corpus corpus = Corpus.open(CorpusGraph.CORPUS);
        corpusGraph = CorpusGraph.get();
        originals = corpus.documents().stream()
                .map(source -> DocumentKinds.registered().of(source).extract(source))
                .map(ExtractedDocument.class::cast)
                .toList();
    }

    /** The graph {@code kind} writes of {@code document}, which that kind read. */
    @SuppressWarnings("unchecked")
    private static <T extends ExtractedDocument> Model graphOf(
            DocumentKind<T> kind, ExtractedDocument document, Links links) {
        return kind.graph((T) document, links);
    }

    private static void conforms(String file, List<ExtractorFuzz.Mutation> mutations) {
        Optional<ExtractedDocument> document = ExtractorFuzz.read(ExtractorFuzz.mutated(file, mutations));
        if (document.isEmpty()) {
            return;
        }
        List<ExtractedDocument> documents = new ArrayList<>();
        for (ExtractedDocument original : originals) {
            documents.add(original.source().fileName().equals(file) ? document.get() : original);
        }
        Model graph;
        try {
            graph = graphOf(
                    DocumentKinds.registered().of(document.get().source()), document.get(), Links.from(documents));
        } catch (CorpusException refused) {
            return;
        }
        Graph data = new Union(othersOf.computeIfAbsent(file, MutantGraphShapesTest::others), graph.getGraph());
        Shapes shapes = Ontology.shapes();
        for (Node node : graph.listSubjects().mapWith(r -> r.asNode()).toSet()) {
            ValidationReport report = ShaclValidator.get().validate(shapes, data, node);
            if (!report.conforms()) {
                ShLib.printReport(report);
            }
            assertTrue(report.conforms(), file + " mangled by " + mutations + " makes a graph that breaks the shapes");
        }
    }

    /** The graphs of the corpus but that of {@code file}'s document, in one. */
    private static Graph others(String file) {
        String own = Uris.graph(file.substring(0, file.lastIndexOf('.')));
        Graph others = GraphFactory.createDefaultGraph();
        for (var names = corpusGraph.listNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals(own)) {
                GraphUtil.addInto(others, corpusGraph.getNamedModel(name).getGraph());
            }
        }
        return others;
    }

    @Property(tries = 10, seed = "20261206")
    void qunoMutantGraphsConform(@ForAll("mutations") List<ExtractorFuzz.Mutation> mutations) {
        conforms("quno-foundations-objective-23.txt", mutations);
    }

    @Property(tries = 5, seed = "20261206")
    void icmpdMutantGraphsConform(@ForAll("mutations") List<ExtractorFuzz.Mutation> mutations) {
        conforms("icmpd-input-unsg-report.txt", mutations);
    }

    @Property(tries = 2, seed = "20261206")
    void dialogueReportMutantGraphsConform(@ForAll("mutations") List<ExtractorFuzz.Mutation> mutations) {
        conforms("iom-idm-red-book-27.txt", mutations);
    }

    @net.jqwik.api.Provide
    static net.jqwik.api.Arbitrary<List<ExtractorFuzz.Mutation>> mutations() {
        return ExtractorFuzz.mutations();
    }
}

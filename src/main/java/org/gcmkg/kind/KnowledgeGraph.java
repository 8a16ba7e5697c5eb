package org.gcmkg.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.gcmkg.corpus.Corpus;
import org.gcmkg.corpus.CorpusException;
import org.gcmkg.corpus.InOrder;
import org.gcmkg.corpus.SourceText;
import org.gcmkg.extract.ExtractedDocument;
import org.gcmkg.graph.Namespaces;
import org.gcmkg.graph.Ontology;
import org.gcmkg.graph.Uris;
import org.gcmkg.link.Links;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the whole graph from a corpus: each document through its kind into a named graph of its own, and the
 * default graph as the union of them all.
 */
public final class KnowledgeGraph {
    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeGraph.class);

    private KnowledgeGraph() {}

    public static Dataset build(Corpus corpus) {
        return build(corpus.documents());
    }

    /** The graph of {@code documents}, each of a kind {@link DocumentKinds#registered()} knows. */
    public static Dataset build(List<SourceText> documents) {
        InMemory graph = new InMemory();
        write(documents, null, graph);
        return graph.dataset();
    }

    /**
     * Builds the graph of the documents that can be read whole, and hands each one that cannot (its one-line error)
     * to {@code skipped} instead of refusing the corpus: {@code --lenient}.
     *
     * @throws CorpusException when no document can be read
     */
    public static Dataset buildLenient(Corpus corpus, Consumer<CorpusException> skipped) {
        InMemory graph = new InMemory();
        writeLenient(corpus, skipped, graph);
        return graph.dataset();
    }

    /**
     * Writes the graph of the corpus into {@code sink}, a document's graph at a time: every document is read before
     * the first graph goes out, so that bad input fails before anything is written.
     */
    public static void write(Corpus corpus, GraphSink sink) {
        write(corpus.documents(), null, sink);
    }

    /** As {@link #buildLenient}, into {@code sink}. */
    public static void writeLenient(Corpus corpus, Consumer<CorpusException> skipped, GraphSink sink) {
        Objects.requireNonNull(skipped, "skipped");
        List<String> left = new ArrayList<>();
        write(
                corpus.documents(),
                e -> {
                    left.add(e.getMessage());
                    skipped.accept(e);
                },
                sink);
        if (left.size() == corpus.documents().size()) {
            throw new CorpusException("corpus directory " + corpus.directory() + ": no document could be read whole");
        }
    }

    /**
     * {@code skipped} null: the first document that cannot be read refuses the corpus. The documents are read, and
     * then graphed, on as many threads as there are cores ({@link InOrder}); what they give is taken in the corpus's
     * order on this thread, so that the sink sees the same graphs in the same order as from one thread.
     */
    private static void write(List<SourceText> documents, Consumer<CorpusException> skipped, GraphSink sink) {
        long start = System.nanoTime();
        DocumentKinds kinds = DocumentKinds.registered();
        List<Read<?>> read = new ArrayList<>();
        InOrder.forEach(documents, source -> Outcome.<Read<?>>of(() -> Read.of(kinds.of(source), source)), outcome -> {
            if (outcome.failed() != null) {
                skip(outcome.failed(), skipped);
                return;
            }
            Read<?> document = outcome.done();
            read.add(document);
            LOG.info(
                    "{}: read as {} in {} ms",
                    document.document().source().fileName(),
                    document.kind().name(),
                    outcome.nanos() / 1_000_000);
        });
        long extracted = System.nanoTime();
        Links links =
                Links.from(read.stream().<ExtractedDocument>map(Read::document).toList());
        long gathered = System.nanoTime();
        // Which objectives the texts speak to is read off each document's graph as it is written.
        AddressesWriter.PerDocument addresses = new AddressesWriter.PerDocument(
                read.stream().map(r -> r.document().source()).toList());
        long[] triples = {0};
        InOrder.forEach(
                read,
                document -> Outcome.of(() -> {
                    Model model = document.graph(links);
                    return new Graphed(document.document().source().stem(), model, addresses.linksOf(model));
                }),
                outcome -> {
                    if (outcome.failed() != null) {
                        skip(outcome.failed(), skipped);
                        return;
                    }
                    Model model = outcome.done().model();
                    Map<String, Model> linked =
                            addresses.next(model, outcome.done().links());
                    triples[0] += model.size();
                    sink.add(Uris.graph(outcome.done().stem()), model.getGraph());
                    for (Map.Entry<String, Model> e : linked.entrySet()) {
                        triples[0] += e.getValue().size();
                        sink.add(Uris.graph(e.getKey()), e.getValue().getGraph());
                    }
                });
        addresses.finish();
        // The ontology travels with the data, so that every dump and endpoint describes its own terms.
        Model ontology = Ontology.ontology();
        triples[0] += ontology.size();
        sink.add(Ontology.GRAPH, ontology.getGraph());
        long end = System.nanoTime();
        LOG.info(
                "graph built: {} triples (in the named graphs) from {} documents in {} ms: read in {} ms, linked in {}"
                        + " ms, graphed and written in {} ms",
                triples[0],
                read.size(),
                (end - start) / 1_000_000,
                (extracted - start) / 1_000_000,
                (gathered - extracted) / 1_000_000,
                (end - gathered) / 1_000_000);
    }

    private static void skip(CorpusException e, Consumer<CorpusException> skipped) {
        if (skipped == null) {
            throw e;
        }
        skipped.accept(e);
    }

    /**
     * The graph in memory: each named graph the plain in-memory graph it was written as, and the union once more in
     * the default graph, so that queries of the union read its own indexes (a transactional in-memory dataset took
     * several times the heap for the same triples).
     */
    private static final class InMemory implements GraphSink {
        private final DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        private final Graph union = dataset.getDefaultGraph();

        InMemory() {
            Namespaces.setPrefixes(union.getPrefixMapping());
            dataset.prefixes().putAll(union.getPrefixMapping().getNsPrefixMap());
        }

        @Override
        public void add(String name, Graph triples) {
            Node node = NodeFactory.createURI(name);
            if (dataset.containsGraph(node)) {
                GraphUtil.addInto(dataset.getGraph(node), triples);
            } else {
                dataset.addGraph(node, triples);
            }
            GraphUtil.addInto(union, triples);
        }

        Dataset dataset() {
            return DatasetFactory.wrap(dataset);
        }
    }

    /** What a document's work gave: its result, or the one-line error it failed with; and how long it took. */
    private record Outcome<T>(T done, CorpusException failed, long nanos) {
        /** Runs {@code work}, keeping the one-line error of a document that cannot be read or graphed. */
        static <T> Outcome<T> of(Supplier<T> work) {
            long start = System.nanoTime();
            try {
                return new Outcome<>(work.get(), null, System.nanoTime() - start);
            } catch (CorpusException e) {
                return new Outcome<>(null, e, System.nanoTime() - start);
            }
        }
    }

    /** A document's graph and the links of its texts to the objectives ({@link AddressesWriter.PerDocument#linksOf}). */
    private record Graphed(String stem, Model model, Map<String, Model> links) {}

    /** A document read by its kind, kept with it so that the same kind writes its graph. */
    private record Read<T extends ExtractedDocument>(DocumentKind<T> kind, T document) {
        static <T extends ExtractedDocument> Read<T> of(DocumentKind<T> kind, SourceText source) {
            return new Read<>(kind, kind.extract(source));
        }

        Model graph(Links links) {
            return kind.graph(document, links);
        }
    }
}

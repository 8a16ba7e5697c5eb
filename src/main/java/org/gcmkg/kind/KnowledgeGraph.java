package org.gcmkg.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.gcmkg.corpus.Corpus;
import org.gcmkg.corpus.CorpusException;
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
        return build(documents, null);
    }

    /**
     * Builds the graph of the documents that can be read whole, and hands each one that cannot (its one-line error)
     * to {@code skipped} instead of refusing the corpus: {@code --lenient}.
     *
     * @throws CorpusException when no document can be read
     */
    public static Dataset buildLenient(Corpus corpus, Consumer<CorpusException> skipped) {
        Objects.requireNonNull(skipped, "skipped");
        List<String> left = new ArrayList<>();
        Dataset dataset = build(corpus.documents(), e -> {
            left.add(e.getMessage());
            skipped.accept(e);
        });
        if (left.size() == corpus.documents().size()) {
            throw new CorpusException("corpus directory " + corpus.directory() + ": no document could be read whole");
        }
        return dataset;
    }

    /** {@code skipped} null: the first document that cannot be read refuses the corpus. */
    private static Dataset build(List<SourceText> documents, Consumer<CorpusException> skipped) {
        long start = System.nanoTime();
        DocumentKinds kinds = DocumentKinds.registered();
        List<Read<?>> read = new ArrayList<>();
        for (SourceText source : documents) {
            long t = System.nanoTime();
            try {
                DocumentKind<?> kind = kinds.of(source);
                read.add(Read.of(kind, source));
                LOG.info(
                        "{}: read as {} in {} ms", source.fileName(), kind.name(), (System.nanoTime() - t) / 1_000_000);
            } catch (CorpusException e) {
                if (skipped == null) {
                    throw e;
                }
                skipped.accept(e);
            }
        }
        Links links =
                Links.from(read.stream().<ExtractedDocument>map(Read::document).toList());
        // The dataset is made only once every document has been read, so bad input never leaves a half graph.
        Dataset dataset = DatasetFactory.createTxnMem();
        Model union = dataset.getDefaultModel();
        Namespaces.setPrefixes(union);
        for (Read<?> document : read) {
            Model model;
            try {
                model = document.graph(links);
            } catch (CorpusException e) {
                if (skipped == null) {
                    throw e;
                }
                skipped.accept(e);
                continue;
            }
            dataset.addNamedModel(Uris.graph(document.document().source().stem()), model);
            union.add(model);
        }
        // Which objectives the texts speak to is read off the whole graph, once every document's is written.
        AddressesWriter.addTo(
                dataset, read.stream().map(r -> r.document().source()).toList());
        // The ontology travels with the data, so that every dump and endpoint describes its own terms.
        Model ontology = Ontology.ontology();
        dataset.addNamedModel(Ontology.GRAPH, ontology);
        union.add(ontology);
        LOG.info(
                "graph built: {} triples from {} documents in {} ms",
                union.size(),
                read.size(),
                (System.nanoTime() - start) / 1_000_000);
        return dataset;
    }

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

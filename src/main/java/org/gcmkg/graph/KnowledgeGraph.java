package org.gcmkg.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.gcmkg.corpus.Corpus;
import org.gcmkg.corpus.CorpusException;
import org.gcmkg.corpus.SourceText;
import org.gcmkg.extract.ExtractedDocument;
import org.gcmkg.extract.Extractor;
import org.gcmkg.extract.Extractors;
import org.gcmkg.link.Links;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the whole graph from a corpus: each document through its extractor into a named graph of its own, and the
 * default graph as the union of them all.
 */
public final class KnowledgeGraph {
    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeGraph.class);
    private static final DocumentGraphs GRAPHS = DocumentGraphs.standard();

    private KnowledgeGraph() {
    }

    public static Dataset build(Corpus corpus) {
        return build(corpus, Extractors.standard());
    }

    public static Dataset build(Corpus corpus, Extractors extractors) {
        long start = System.nanoTime();
        List<ExtractedDocument> extracted = new ArrayList<>();
        for (SourceText source : corpus.documents()) {
            Optional<Extractor> extractor = extractors.forSource(source);
            if (extractor.isEmpty()) {
                // A document of an unknown kind is refused rather than left out: a graph silently missing it would
                // look complete.
                throw CorpusException.at(source.fileName(), 1, "expected a document of a known kind ("
                        + String.join(", ", extractors.kinds()) + "), found none of their shapes");
            }
            long t = System.nanoTime();
            extracted.add(extractor.get().extract(source));
            LOG.info("{}: read as {} in {} ms", source.fileName(), extractor.get().kind(), (System.nanoTime() - t) / 1_000_000);
        }
        Links links = Links.from(extracted);
        // The dataset is made only once every document has been read, so bad input never leaves a half graph.
        Dataset dataset = DatasetFactory.createTxnMem();
        Model union = dataset.getDefaultModel();
        Namespaces.setPrefixes(union);
        for (ExtractedDocument document : extracted) {
            Model model = GRAPHS.write(document, links);
            dataset.addNamedModel(Uris.graph(document.source().stem()), model);
            union.add(model);
        }
        AddressesWriter.addTo(dataset, corpus.documents());
        // The ontology travels with the data, so that every dump and endpoint describes its own terms.
        Model ontology = Ontology.ontology();
        dataset.addNamedModel(Ontology.GRAPH, ontology);
        union.add(ontology);
        LOG.info("graph built: {} triples from {} documents in {} ms", union.size(), extracted.size(),
                (System.nanoTime() - start) / 1_000_000);
        return dataset;
    }


}

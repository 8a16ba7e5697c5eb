package org.gcmkg.serve;

import java.nio.file.Path;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.gcmkg.graph.Ontology;
import org.gcmkg.store.StoredGraph;

/**
 * What the pages for people and linked-data clients are made from: the stored graph served at {@code datasetName},
 * its text index and dumps, the corpus the passages are quoted from, and the ontology.
 */
final class Site {
    final String datasetName;
    final StoredGraph store;
    final SourceTexts sources;
    final Model ontology;
    final DatasetDescription description;

    Site(String datasetName, StoredGraph store, Path corpus) {
        this.datasetName = datasetName;
        this.store = store;
        this.sources = new SourceTexts(corpus);
        this.ontology = Ontology.ontology();
        this.description = read(graph -> DatasetDescription.measure(graph, store));
    }

    TextIndex textIndex() {
        return store.textIndex();
    }

    /** Runs {@code reader} on the union of the graphs, in a read transaction. */
    <T> T read(Function<Graph, T> reader) {
        DatasetGraph dataset = store.dataset();
        return Txn.calculateRead(dataset, () -> reader.apply(dataset.getDefaultGraph()));
    }
}

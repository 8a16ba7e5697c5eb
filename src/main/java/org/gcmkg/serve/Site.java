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
 * its text index and dumps, the corpus the passages are quoted from, the ontology, and the URL the pages link to
 * the server by. The ontology and the dataset description are read at the first page that shows them: the SPARQL
 * endpoint, which the server answers first, needs neither.
 */
final class Site {
    private final String datasetName;
    private final StoredGraph store;
    private final SourceTexts sources;
    private final PublicUrl publicUrl;
    private Model ontology;
    private DatasetDescription description;

    private Site(String datasetName, StoredGraph store, SourceTexts sources, PublicUrl publicUrl) {
        this.datasetName = datasetName;
        this.store = store;
        this.sources = sources;
        this.publicUrl = publicUrl;
    }

    /** The site of {@code store} served at {@code datasetName}, quoting the passages of {@code corpus}. */
    static Site of(String datasetName, StoredGraph store, Path corpus, PublicUrl publicUrl) {
        return new Site(datasetName, store, new SourceTexts(corpus), publicUrl);
    }

    String datasetName() {
        return datasetName;
    }

    StoredGraph store() {
        return store;
    }

    SourceTexts sources() {
        return sources;
    }

    /** The ontology, as {@code ontology/gcm.ttl} holds it. */
    synchronized Model ontology() {
        if (ontology == null) {
            ontology = Ontology.ontology();
        }
        return ontology;
    }

    synchronized DatasetDescription description() {
        if (description == null) {
            description = DatasetDescription.of(store);
        }
        return description;
    }

    PublicUrl publicUrl() {
        return publicUrl;
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

package org.gcmkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.store.FSDirectory;
import org.gcmkg.graph.GCM;

/**
 * The full-text index of the store (jena-text over Lucene): one document per literal of the {@link #INDEXED}
 * properties, all searched as one field, so that {@code ?s text:query "matrícula consular"} looks at labels, titles,
 * descriptions, leads and texts at once.
 */
public final class SearchIndex {
    /** The properties whose literals are searchable: names, titles and the texts read from the documents. */
    public static final List<Property> INDEXED = List.of(
            RDFS.label,
            SKOS.prefLabel,
            SKOS.altLabel,
            DCTerms.title,
            DCTerms.description,
            GCM.lead,
            GCM.text,
            GCM.sdgNote);
    /**
     * Resources left out of the index: the provenance records, whose labels repeat the text of what they point into
     * and would crowd every search with one hit per mention or passage.
     */
    public static final List<Resource> NOT_INDEXED = List.of(GCM.Mention, GCM.Passage);

    static final String ENTITY_FIELD = "uri";
    static final String TEXT_FIELD = "text";
    static final String LANGUAGE_FIELD = "lang";

    private SearchIndex() {}

    /** Opens the index in {@code directory}, creating an empty one if there is none. */
    static TextIndex open(Path directory) {
        TextIndexConfig config = new TextIndexConfig(entities());
        SearchAnalyzer analyzer = new SearchAnalyzer();
        config.setAnalyzer(analyzer);
        config.setQueryAnalyzer(analyzer);
        // Stored, so that text:query can bind the literal it matched and the search page can show it.
        config.setValueStored(true);
        try {
            return TextDatasetFactory.createLuceneIndex(FSDirectory.open(directory), config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Indexes the literals of {@code graph} (the union of the store's graphs, read in the caller's transaction, so
     * each triple once) and commits; returns how many were indexed.
     */
    static long index(Graph graph, TextIndex index) {
        EntityDefinition entities = entities();
        long n = 0;
        for (Property p : INDEXED) {
            for (Triple t : graph.find(Node.ANY, p.asNode(), Node.ANY).toList()) {
                if (t.getObject().isLiteral() && !excluded(graph, t.getSubject())) {
                    Entity entity = TextQueryFuncs.entityFromQuad(
                            entities, null, t.getSubject(), t.getPredicate(), t.getObject());
                    index.addEntity(entity);
                    n++;
                }
            }
        }
        index.commit();
        return n;
    }

    private static boolean excluded(Graph graph, Node subject) {
        for (Resource type : NOT_INDEXED) {
            if (graph.contains(subject, RDF.type.asNode(), type.asNode())) {
                return true;
            }
        }
        return false;
    }

    private static EntityDefinition entities() {
        EntityDefinition entities = new EntityDefinition(ENTITY_FIELD, TEXT_FIELD);
        for (Property p : INDEXED) {
            entities.set(TEXT_FIELD, p.asNode());
        }
        entities.setLangField(LANGUAGE_FIELD);
        return entities;
    }
}

package org.gcmkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
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
     * Indexes the literals among {@code triples} (the union of the store's graphs, each triple once, as its SPO index
     * gives them: all triples of a subject in one run, its types among them) and commits; returns how many were
     * indexed.
     */
    static long index(Iterator<Triple> triples, TextIndex index) {
        EntityDefinition entities = entities();
        Set<Node> indexed = new HashSet<>();
        INDEXED.forEach(p -> indexed.add(p.asNode()));
        Set<Node> notIndexed = new HashSet<>();
        NOT_INDEXED.forEach(type -> notIndexed.add(type.asNode()));
        Node type = RDF.type.asNode();
        // The texts of one subject wait until its run ends: a type met later can still leave them out.
        List<Triple> texts = new ArrayList<>();
        Node subject = null;
        boolean excluded = false;
        long n = 0;
        while (triples.hasNext()) {
            Triple t = triples.next();
            if (!t.getSubject().equals(subject)) {
                n += add(texts, excluded, entities, index);
                subject = t.getSubject();
                excluded = false;
            }
            if (t.getPredicate().equals(type) && notIndexed.contains(t.getObject())) {
                excluded = true;
            } else if (t.getObject().isLiteral() && indexed.contains(t.getPredicate())) {
                texts.add(t);
            }
        }
        n += add(texts, excluded, entities, index);
        index.commit();
        return n;
    }

    private static long add(List<Triple> texts, boolean excluded, EntityDefinition entities, TextIndex index) {
        long n = 0;
        if (!excluded) {
            for (Triple t : texts) {
                Entity entity =
                        TextQueryFuncs.entityFromQuad(entities, null, t.getSubject(), t.getPredicate(), t.getObject());
                index.addEntity(entity);
                n++;
            }
        }
        texts.clear();
        return n;
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

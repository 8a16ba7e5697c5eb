package org.gcmkg.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.rdf.model.Resource;
import org.gcmkg.corpus.TaskOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The text index of a generation, opened on a thread of its own: Lucene's classes and the index writer jena-text
 * opens took a twentieth of a server's start-up, and the SPARQL endpoint answers without them. Each use waits until
 * the index is open; one that cannot be opened fails each use with the reason, which is also logged at once.
 */
final class OpeningTextIndex implements TextIndex {
    private static final Logger LOG = LoggerFactory.getLogger(OpeningTextIndex.class);

    private final CompletableFuture<TextIndex> opened;

    OpeningTextIndex(Path directory) {
        opened = CompletableFuture.supplyAsync(() -> SearchIndex.open(directory), task -> {
            Thread thread = new Thread(task, "gcm-kg-text-index");
            thread.setDaemon(true);
            thread.start();
        });
        opened.whenComplete((index, e) -> {
            if (e != null) {
                LOG.error("text index {} cannot be opened: {}", directory, cause(e).toString());
            }
        });
    }

    /** The index, once open. */
    private TextIndex index() {
        return TaskOutcome.of(opened, "opening the text index");
    }

    private static Throwable cause(Throwable e) {
        return e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    }

    @Override
    public void prepareCommit() {
        index().prepareCommit();
    }

    @Override
    public void commit() {
        index().commit();
    }

    @Override
    public void rollback() {
        index().rollback();
    }

    @Override
    public void addEntity(Entity entity) {
        index().addEntity(entity);
    }

    @Override
    public void updateEntity(Entity entity) {
        index().updateEntity(entity);
    }

    @Override
    public void deleteEntity(Entity entity) {
        index().deleteEntity(entity);
    }

    @Override
    public Map<String, Node> get(String uri) {
        return index().get(uri);
    }

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang, int limit) {
        return index().query(property, qs, graphURI, lang, limit);
    }

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang) {
        return index().query(property, qs, graphURI, lang);
    }

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang, int limit, String highlight) {
        return index().query(property, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public List<TextHit> query(
            List<Resource> props, String qs, String graphURI, String lang, int limit, String highlight) {
        return index().query(props, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public List<TextHit> query(
            String subjectUri,
            List<Resource> props,
            String qs,
            String graphURI,
            String lang,
            int limit,
            String highlight) {
        return index().query(subjectUri, props, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public List<TextHit> query(
            Node subj, List<Resource> props, String qs, String graphURI, String lang, int limit, String highlight) {
        return index().query(subj, props, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public List<TextHit> query(
            String subjectUri, Node property, String qs, String graphURI, String lang, int limit, String highlight) {
        return index().query(subjectUri, property, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public EntityDefinition getDocDef() {
        return index().getDocDef();
    }

    /** Closes the index once it is open; one that could not be opened has nothing to close. */
    @Override
    public void close() {
        TextIndex index;
        try {
            index = opened.join();
        } catch (CompletionException e) {
            return;
        }
        index.close();
    }
}

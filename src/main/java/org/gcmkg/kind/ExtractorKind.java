package org.gcmkg.kind;

import java.util.function.Supplier;
import org.apache.jena.rdf.model.Model;
import org.gcmkg.corpus.SourceText;
import org.gcmkg.extract.ExtractedDocument;
import org.gcmkg.extract.Extractor;
import org.gcmkg.graph.DocumentGraph;
import org.gcmkg.link.Links;

/** A kind made of its extractor, its graph writer and its publisher: each kind of the corpus is one. */
public abstract class ExtractorKind<T extends ExtractedDocument> implements DocumentKind<T> {
    private final Extractor<T> extractor;
    private final Supplier<DocumentGraph<T>> graph;
    private final String publisher;

    protected ExtractorKind(Extractor<T> extractor, Supplier<DocumentGraph<T>> graph, String publisher) {
        this.extractor = extractor;
        this.graph = graph;
        this.publisher = publisher;
    }

    @Override
    public String name() {
        return extractor.kind();
    }

    @Override
    public boolean recognises(SourceText source) {
        return extractor.canRead(source);
    }

    @Override
    public T extract(SourceText source) {
        return extractor.extract(source);
    }

    @Override
    public T extractPart(SourceText source) {
        return extractor.extractPart(source);
    }

    @Override
    public Model graph(T document, Links links) {
        return graph.get().build(document, links);
    }

    @Override
    public String publisher() {
        return publisher;
    }

    @Override
    public String toString() {
        return name();
    }
}

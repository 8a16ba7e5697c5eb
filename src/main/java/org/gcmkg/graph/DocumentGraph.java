package org.gcmkg.graph;

import org.apache.jena.rdf.model.Model;
import org.gcmkg.extract.ExtractedDocument;
import org.gcmkg.link.Links;

/**
 * Writing the records of one document as RDF, one subclass per kind of document and one instance per document: the
 * writer of its resources, the links to the corpus's entities and the model they go into, made once here so that
 * each kind writes only what is its own.
 */
public abstract class DocumentGraph<T extends ExtractedDocument> {
    protected final T document;
    protected final Links links;
    protected final ResourceWriter w;
    protected final Model model;
    /** The file stem of the document, as used in its URIs. */
    protected final String stem;
    protected final MentionWriter mentions;

    protected DocumentGraph(T document, Links links) {
        this.document = document;
        this.links = links;
        this.w = ResourceWriter.forDocument(document);
        this.model = w.model();
        this.stem = w.stem();
        this.mentions = new MentionWriter(w, links);
    }

    /** Writes the document's own resources into {@link #model}. */
    protected abstract void write();

    /** The document's graph: its own resources and, whatever its kind, the UN documents its file cites. */
    public final Model build() {
        write();
        new UnDocumentWriter(w).everyOne();
        return model;
    }
}

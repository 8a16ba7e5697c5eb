package org.gcmkg.graph;

import org.apache.jena.rdf.model.Model;
import org.gcmkg.extract.ExtractedDocument;
import org.gcmkg.link.Links;

/**
 * Writing the records of one document as RDF, one subclass per kind of document and one instance per document: the
 * writer of its resources, the links to the corpus's entities and the model they go into are made here, so that each
 * kind writes only what is its own.
 */
public abstract class DocumentGraph<T extends ExtractedDocument> {
    protected T document;
    protected Links links;
    protected ResourceWriter w;
    protected Model model;
    /** The file stem of the document, as used in its URIs. */
    protected String stem;

    protected MentionWriter mentions;

    /** Writes the document's own resources into {@link #model}. */
    protected abstract void write();

    /**
     * The graph of {@code document}, linking its entities through {@code links}: its own resources and, whatever its
     * kind, the UN documents its file cites.
     */
    public final Model build(T document, Links links) {
        if (this.document != null) {
            throw new IllegalStateException(getClass().getSimpleName() + " writes one document; it wrote "
                    + this.document.source().fileName());
        }
        this.document = document;
        this.links = links;
        this.w = ResourceWriter.forDocument(document);
        this.model = w.model();
        this.stem = w.stem();
        this.mentions = new MentionWriter(w, links);
        write();
        new UnDocumentWriter(w).everyOne();
        return model;
    }
}

package org.gcmkg.graph;

import org.apache.jena.rdf.model.Model;
import org.gcmkg.extract.ExtractedDocument;
import org.gcmkg.link.Links;

/** Writes the records of one kind of document as RDF: one implementation per kind, as for extractors. */
public interface DocumentGraph<T extends ExtractedDocument> {

    /** The record type this writer takes. */
    Class<T> recordType();

    /** The document's graph, linking its entities through {@code links}. */
    Model write(T document, Links links);
}

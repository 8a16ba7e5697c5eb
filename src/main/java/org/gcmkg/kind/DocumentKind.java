package org.gcmkg.kind;

import org.apache.jena.rdf.model.Model;
import org.gcmkg.corpus.SourceText;
import org.gcmkg.extract.ExtractedDocument;
import org.gcmkg.extract.Extractor;
import org.gcmkg.link.Links;

/**
 * What a kind of document is: how it is recognised, read into its plain record and written as RDF, and who publishes
 * it. Its URIs are minted in its own package. Kinds are registered in one place only,
 * {@code META-INF/services/org.gcmkg.kind.DocumentKind}, and found by {@link java.util.ServiceLoader}; a kind needs
 * a public constructor without arguments. See docs/adding-a-document-kind.md.
 *
 * @param <T> the kind's record of one document
 */
public interface DocumentKind<T extends ExtractedDocument> {

    /** Short name of the kind, for messages ("GCM implementation booklet"). */
    String name();

    /** Whether {@code source} is a document of this kind, by its content rather than its file name. */
    boolean recognises(SourceText source);

    /**
     * @throws org.gcmkg.corpus.CorpusException naming file, line and expectation when the document does not have the
     *     shape of its kind
     */
    T extract(SourceText source);

    /** What the document holds, without requiring it to be whole ({@link Extractor#extractPart}). */
    default T extractPart(SourceText source) {
        return extract(source);
    }

    /** The document's graph, linking its entities through {@code links} (which hold every document's). */
    Model graph(T document, Links links);

    /**
     * The publisher of this kind of document as the dataset's rights statement credits it, e.g. "QUNO": the graph
     * quotes their texts.
     */
    String publisher();
}

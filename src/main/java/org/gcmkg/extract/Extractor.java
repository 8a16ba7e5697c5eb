package org.gcmkg.extract;

import org.gcmkg.corpus.SourceText;

/**
 * Reads one kind of document into plain records. One implementation per document kind, recognised by its content
 * rather than its file name, so that another document of a known kind is read by adding the file.
 */
public interface Extractor<T extends ExtractedDocument> {

    /** Short name of the document kind, for messages. */
    String kind();

    /** Whether {@code source} is a document of this kind. */
    boolean canRead(SourceText source);

    /**
     * @throws org.gcmkg.corpus.CorpusException naming file, line and expectation when the document does not have the
     *     shape of its kind
     */
    T extract(SourceText source);
}

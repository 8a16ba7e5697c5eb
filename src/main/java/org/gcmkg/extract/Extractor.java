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

    /**
     * What the document holds, without requiring it to be whole: {@link #extract} is this and the check that nothing
     * the kind always has is missing. For reading a part of a document, as the tests of single extraction rules do.
     *
     * @throws org.gcmkg.corpus.CorpusException as {@link #extract}, but for a document cut short
     */
    default T extractPart(SourceText source) {
        return extract(source);
    }
}

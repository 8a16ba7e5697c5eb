package org.gcmkg.extract;

import java.util.List;
import org.gcmkg.corpus.SourceText;

/** What an {@link Extractor} made of one document. Each kind has its own record type. */
public interface ExtractedDocument {
    SourceText source();

    /** The document's title as a reader would cite it. */
    String title();

    /** Who published the document. */
    String publisher();

    /** The page of the document the code point offset {@code offset} is on, where the document has pages. */
    default Integer pageAt(int offset) {
        return null;
    }

    /** The instruments the document lists by name (not those its text merely mentions). */
    default List<ListedInstrument> listedInstruments() {
        return List.of();
    }
}

package org.gcmkg.extract;

import java.util.List;
import org.gcmkg.corpus.MappedText;
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

    /**
     * The texts whose entities the document's graph links, in the order the graph is written: the linker gathers what
     * they name from every document before any graph is written.
     */
    default List<MappedText> linkedTexts() {
        return List.of();
    }

    /** The mandates (of UN Special Procedures and Treaty Bodies) the document names as the issuers of what it holds. */
    default List<String> mandates() {
        return List.of();
    }
}

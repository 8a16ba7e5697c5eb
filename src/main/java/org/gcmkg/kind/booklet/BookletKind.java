package org.gcmkg.kind.booklet;

import org.gcmkg.extract.booklet.Booklet;
import org.gcmkg.extract.booklet.BookletExtractor;
import org.gcmkg.kind.ExtractorKind;

/** The kind of BookletExtractor's documents. */
public final class BookletKind extends ExtractorKind<Booklet> {
    public BookletKind() {
        super(new BookletExtractor(), BookletGraph::new, "the UN Network on Migration");
    }
}

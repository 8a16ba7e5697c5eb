package org.gcmkg.kind.booklet;

import org.gcmkg.extract.booklet.Booklet;
import org.gcmkg.extract.booklet.BookletExtractor;
import org.gcmkg.kind.ExtractorKind;

/** The GCM implementation booklet of the UN Network on Migration, as a kind of document. */
public final class BookletKind extends ExtractorKind<Booklet> {
    public BookletKind() {
        super(new BookletExtractor(), BookletGraph::new, "the UN Network on Migration");
    }
}

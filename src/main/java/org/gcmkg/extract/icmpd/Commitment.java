package org.gcmkg.extract.icmpd;

import java.util.List;
import org.gcmkg.corpus.MappedText;
import org.gcmkg.corpus.Span;

/**
 * An actionable commitment, the k-th bullet of its theme: its text with its sub-items folded in as "\n- ..." lines
 * and any part a page break cut off joined back. {@code spans} are the stretches of the file it was read from.
 */
public record Commitment(int number, MappedText text, List<Span> spans) {

    /** The commitment's own sentence, without its sub-items. */
    public String lead() {
        int sub = text.text().indexOf('\n');
        return sub < 0 ? text.text() : text.text().substring(0, sub);
    }
}

package org.gcmkg.extract.quno;

import java.util.function.Supplier;
import org.gcmkg.corpus.SourceText;
import org.gcmkg.extract.Outline;

/**
 * A whole sheet: its guidance section of each kind of body, Special Procedures then Treaty Bodies, each holding a
 * table or the sentence that there is none, and QUNO's contact block, which closes every sheet.
 */
final class QunoCompleteness {
    private static final Outline OUTLINE = new Outline()
            .line("Guidance from Special Procedures")
            .content(
                    "a table of guidance '| Source | Guidance |' or a sentence that there is none",
                    s -> !s.isBlank() && !s.strip().startsWith("Guidance from"))
            .line("Guidance from Treaty Bodies")
            .content(
                    "a table of guidance '| Source | Guidance |' or a sentence that there is none",
                    s -> !s.isBlank() && !s.strip().equals("QUNO offices:"))
            .line("QUNO offices:");

    private QunoCompleteness() {}

    /** What {@code read} reads of {@code source}, once the document is known to be whole. */
    static QunoSheet whole(SourceText source, Supplier<QunoSheet> read) {
        return OUTLINE.whole(source, read);
    }
}

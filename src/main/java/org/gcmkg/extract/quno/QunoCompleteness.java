package org.gcmkg.extract.quno;

import org.gcmkg.extract.Outline;

/**
 * A whole sheet: its guidance section of each kind of body, Special Procedures then Treaty Bodies, each holding a
 * table or the sentence that there is none, and QUNO's contact block, which closes every sheet.
 */
final class QunoCompleteness {
    static final Outline OUTLINE = new Outline()
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
}

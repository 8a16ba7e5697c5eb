package org.gcmkg.extract.booklet;

import java.util.regex.Pattern;
import org.gcmkg.extract.InlineMarkup;
import org.gcmkg.extract.Outline;

/**
 * A whole booklet: objectives 1 to 23, each with its title followed by ASSOCIATED ACTIONS, POTENTIAL RESPONSES /
 * CONCRETE EXAMPLES and RELEVANT SDGs, then the list of useful websites, which ends it, with at least one website.
 */
final class BookletCompleteness {
    static final int OBJECTIVES = 23;
    static final Outline OUTLINE = outline();

    private BookletCompleteness() {}

    private static Outline outline() {
        Outline outline = new Outline();
        for (int n = 1; n <= OBJECTIVES; n++) {
            Pattern heading = Pattern.compile("^GCM Objective " + n + "\\s*$");
            outline.matching("'GCM Objective " + n + "'", heading)
                    .then(
                            "'ASSOCIATED ACTIONS' of objective " + n,
                            s -> s.strip().equals("ASSOCIATED ACTIONS"))
                    .then(
                            "'POTENTIAL RESPONSES / CONCRETE EXAMPLES' of objective " + n,
                            s -> s.strip().startsWith("POTENTIAL RESPONSES"))
                    .then("'RELEVANT SDGs' of objective " + n, s -> s.strip().startsWith("RELEVANT SDG"));
        }
        return outline.line("Useful websites")
                .then("a useful website with its URL", s -> InlineMarkup.urls(s).size() == 1);
    }
}

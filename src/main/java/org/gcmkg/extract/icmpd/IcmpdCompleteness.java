package org.gcmkg.extract.icmpd;

import java.util.regex.Pattern;
import org.gcmkg.extract.Outline;

/**
 * A whole input to the Secretary-General's report: "1. Structure and elements ..." with its five themes "1. ..." to
 * "5. ...", "2. Means of implementation ...", and "3. Annex ..." with an entry "N. theme:" for each of the five
 * themes, the last followed by its list of frameworks.
 */
final class IcmpdCompleteness {
    static final int THEMES = 5;
    static final Outline OUTLINE = outline();

    private IcmpdCompleteness() {}

    private static Outline outline() {
        Outline outline = new Outline()
                .matching(
                        "the heading '1. Structure and elements ...'",
                        Pattern.compile("^1\\.\\s+Structure and elements\\b.*$"));
        for (int n = 1; n <= THEMES; n++) {
            // A theme's heading has no colon at its end; its annex entry has one.
            outline.matching("theme " + n + " '" + n + ". ...'", Pattern.compile("^" + n + "\\.\\s+\\S.*[^:\\s]\\s*$"));
        }
        outline.matching(
                        "the heading '2. Means of implementation ...'",
                        Pattern.compile("^2\\.\\s+Means of implementation\\b.*$"))
                .matching("the heading '3. Annex ...'", Pattern.compile("^3\\.\\s+Annex\\b.*$"));
        for (int n = 1; n <= THEMES; n++) {
            outline.matching(
                    "the annex entry of theme " + n + " '" + n + ". ...:'",
                    Pattern.compile("^" + n + "\\.\\s+\\S.*:\\s*$"));
        }
        return outline.content("the frameworks of the annex entry of theme " + THEMES, s -> !s.isBlank());
    }
}

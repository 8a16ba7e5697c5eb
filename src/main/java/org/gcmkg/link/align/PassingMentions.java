package org.gcmkg.link.align;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a text that never carry a link, because they only name a theme in passing (the guidelines' rule 13):
 * a speaker's parenthesis after their name ("Name (Director of Protection and Assistance to Nationals, ...)") and web
 * addresses.
 */
final class PassingMentions {
    /** A parenthesis right after a capitalised word, i.e. after a name: a speaker's title and affiliation. */
    private static final Pattern AFTER_NAME = Pattern.compile("\\b\\p{Lu}[\\p{L}.'’-]*\\s+\\(([^()]*)\\)");
    /** Any other parenthesis: examples and asides ("(e.g. financial support, health care)"). */
    private static final Pattern ASIDE = Pattern.compile("\\(([^()]*)\\)");

    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+");

    private PassingMentions() {}

    /** The indices of {@code text} inside passing mentions. */
    static BitSet in(String text) {
        BitSet masked = new BitSet(text.length());
        Matcher m = AFTER_NAME.matcher(text);
        while (m.find()) {
            masked.set(m.start(1), m.end(1));
        }
        Matcher aside = ASIDE.matcher(text);
        while (aside.find()) {
            masked.set(aside.start(1), aside.end(1));
        }
        Matcher u = URL.matcher(text);
        while (u.find()) {
            masked.set(u.start(), u.end());
        }
        return masked;
    }
}

package org.gcmkg.link.align;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a text that never carry a link, because they only name a theme in passing (the guidelines' rules 2
 * and 13): a speaker's parenthesis after their name ("Name (Director of Protection and Assistance to Nationals,
 * ...)"), any other parenthesis, web addresses, a footnote glued to the text ("7 See IOM, Berne Initiative, n.d.
 * Available at") and a source the speaker only cites (", referencing the Global Forum on Migration and Development in
 * Bangladesh,"). Besides, the examples listed after a vulnerability or a driver of migration ("vulnerable migrants
 * such as unaccompanied children or victims of trafficking", "drivers of (irregular) migration, ... including lack
 * of ... access to services") qualify the text's subject without being it: they count for that subject's objective
 * (7 or 2) and for no other.
 */
final class PassingMentions {
    /** A parenthesis right after a capitalised word, i.e. after a name: a speaker's title and affiliation. */
    private static final Pattern AFTER_NAME = Pattern.compile("\\b\\p{Lu}[\\p{L}.'’-]*\\s+\\(([^()]*)\\)");
    /** Any other parenthesis: examples and asides ("(e.g. financial support, health care)"). */
    private static final Pattern ASIDE = Pattern.compile("\\(([^()]*)\\)");

    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+");
    /**
     * A footnote the report's layout glued into the text: its number, then "See" and the reference up to "Available
     * at", or "For more information on" up to "see".
     */
    private static final Pattern FOOTNOTE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])\\d{1,3}\\s+(?:See\\s[^.]{0,200}?(?:\\.[^.]{0,80}?){0,3}\\bAvailable at\\b"
                    + "|For more information on\\s[^.;]{0,200}?,\\s*see\\b)");
    /** A clause that cites a source between commas: ", referencing the GFMD in Bangladesh (2016),". */
    private static final Pattern CITED =
            Pattern.compile(",\\s*(?:referencing|referring to|citing|recalling|drawing on)\\b([^,;:]*),");
    /** The words {@link #CITED} begins with. */
    private static final List<String> CITING =
            List.of("referencing", "referring to", "citing", "recalling", "drawing on");
    /** The words {@link #examplesAfter} needs, in lower case. */
    private static final List<String> LISTING = List.of("such as", "including", "like", "e.g.");

    /** Examples listed after a head word, up to the end of the clause, and the objective the head word is about. */
    private record Examples(Pattern pattern, int objective) {}

    private static final List<Examples> EXAMPLES = List.of(
            new Examples(examplesAfter("vulnerab\\p{L}*"), 7),
            new Examples(examplesAfter("(?:drivers?|causes?|factors)"), 2));

    /** The examples ("such as", "including", "like", "e.g.") after {@code head}, up to the end of the clause. */
    private static Pattern examplesAfter(String head) {
        return Pattern.compile(
                "(?i)\\b" + head + "\\b[^.;:()]{0,60}?\\b(?:such as|including|like|e\\.g\\.)\\s([^.;:]*)");
    }

    private PassingMentions() {}

    /** The indices of {@code text} inside passing mentions, for any objective. */
    static BitSet in(String text) {
        BitSet masked = new BitSet(text.length());
        // Each pattern is run only on a text that has the words it cannot match without: most texts have none.
        if (text.indexOf('(') >= 0) {
            mask(masked, AFTER_NAME.matcher(text), 1);
            mask(masked, ASIDE.matcher(text), 1);
        }
        if (text.contains("http") || text.contains("www.")) {
            mask(masked, URL.matcher(text), 0);
        }
        if (text.contains("Available at") || text.contains("For more information on")) {
            mask(masked, FOOTNOTE.matcher(text), 0);
        }
        if (text.indexOf(',') >= 0 && CITING.stream().anyMatch(text::contains)) {
            mask(masked, CITED.matcher(text), 1);
        }
        return masked;
    }

    /** The indices of {@code text} that cannot carry a link to {@code objective}. */
    static BitSet in(String text, int objective) {
        return in(text, objective, in(text));
    }

    /** As {@link #in(String, int)}, given what {@link #in(String)} found in {@code text} (left unchanged). */
    static BitSet in(String text, int objective, BitSet forAny) {
        BitSet masked = (BitSet) forAny.clone();
        String lower = text.toLowerCase(Locale.ROOT);
        if (LISTING.stream().noneMatch(lower::contains)) {
            return masked;
        }
        for (Examples examples : EXAMPLES) {
            if (examples.objective() != objective) {
                mask(masked, examples.pattern().matcher(text), 1);
            }
        }
        return masked;
    }

    private static void mask(BitSet masked, Matcher m, int group) {
        while (m.find()) {
            masked.set(m.start(group), m.end(group));
        }
    }
}

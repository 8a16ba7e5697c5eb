package org.gcmkg.link.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.gcmkg.corpus.CorpusException;
import org.gcmkg.corpus.TabSeparated;

/**
 * The reviewed lexicon of each objective's themes ({@code link/objective-lexicon.tsv}): for each theme, the objective,
 * the part of it (title or action) the theme comes from, that part's words, and the terms a text uses for it.
 */
public record ObjectiveLexicon(List<Theme> themes) {
    public static final String RESOURCE = "/link/objective-lexicon.tsv";

    /**
     * One row of the lexicon; {@code patterns} are its terms compiled, in the order of {@code terms};
     * {@code exclusions} the phrases (terms written with a leading {@code !}) in which its terms do not count
     * ("!regional integration": integration of States, not of migrants).
     */
    public record Theme(
            int objective,
            String part,
            String objectiveWords,
            List<String> terms,
            List<Pattern> patterns,
            List<Pattern> exclusions,
            int line) {
        /**
         * The first word of term {@code i} without its wildcard: a lower-cased text that lacks it cannot match the
         * term, which saves running the pattern.
         */
        public String firstWord(int i) {
            return terms.get(i).split("[\\s-]+")[0].replace("*", "");
        }
    }

    public ObjectiveLexicon {
        themes = List.copyOf(themes);
    }

    public static ObjectiveLexicon standard() {
        return read(TabSeparated.resource(RESOURCE));
    }

    public static ObjectiveLexicon read(TabSeparated file) {
        List<Theme> themes = new ArrayList<>();
        for (TabSeparated.Row row : file.rows()) {
            List<String> c = row.columns();
            if (c.size() != 4) {
                throw CorpusException.at(
                        file.file(),
                        row.line(),
                        "expected 4 tab-separated columns (objective, part," + " objective's words, terms), found "
                                + c.size());
            }
            int objective;
            try {
                objective = Integer.parseInt(c.get(0).strip());
            } catch (NumberFormatException e) {
                objective = 0;
            }
            if (objective < 1 || objective > 23) {
                throw CorpusException.at(
                        file.file(), row.line(), "expected an objective number 1-23, found '" + c.get(0) + "'");
            }
            String part = c.get(1).strip();
            if (!part.equals(ObjectivePart.TITLE) && !part.matches("[a-z]")) {
                throw CorpusException.at(
                        file.file(), row.line(), "expected 'title' or an action letter, found '" + part + "'");
            }
            List<String> terms = new ArrayList<>();
            List<Pattern> patterns = new ArrayList<>();
            List<Pattern> exclusions = new ArrayList<>();
            for (String term : c.get(3).split("\\|")) {
                String t = term.strip();
                boolean exclusion = t.startsWith("!");
                t = exclusion ? t.substring(1).strip() : t;
                if (t.isEmpty() || !t.equals(t.toLowerCase(Locale.ROOT))) {
                    throw CorpusException.at(
                            file.file(), row.line(), "expected lower-case terms separated by ' | ', found '" + t + "'");
                }
                if (exclusion) {
                    exclusions.add(pattern(t));
                } else {
                    terms.add(t);
                    patterns.add(pattern(t));
                }
            }
            themes.add(new Theme(objective, part, c.get(2).strip(), terms, patterns, exclusions, row.line()));
        }
        return new ObjectiveLexicon(themes);
    }

    /**
     * A term as a case-blind pattern of whole words: words separated by spaces or hyphens in the text, a final
     * {@code *} for any ending.
     */
    static Pattern pattern(String term) {
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
        String[] words = term.split("[\\s-]+");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (i > 0) {
                regex.append("[\\s\\-‐–]+");
            }
            boolean open = word.endsWith("*");
            String stem = open ? word.substring(0, word.length() - 1) : word;
            regex.append(Pattern.quote(stem).replace("'", "\\E['’]\\Q"));
            if (open) {
                regex.append("[\\p{L}]*");
            }
        }
        regex.append("(?![\\p{L}\\p{N}])");
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Checks that every theme's objective words are in the part of the objective it names. */
    public void checkAgainst(List<ObjectiveText> objectives) {
        for (Theme theme : themes) {
            ObjectiveText objective = objectives.stream()
                    .filter(o -> o.number() == theme.objective())
                    .findFirst()
                    .orElseThrow(() -> CorpusException.at(
                            RESOURCE,
                            theme.line(),
                            "expected objective " + theme.objective() + " in the graph, found none"));
            String text = objective
                    .part(theme.part())
                    .orElseThrow(() -> CorpusException.at(
                            RESOURCE,
                            theme.line(),
                            "expected objective " + theme.objective() + " to have a part '" + theme.part()
                                    + "', found none"));
            if (!text.contains(theme.objectiveWords())) {
                throw CorpusException.at(
                        RESOURCE,
                        theme.line(),
                        "expected '" + theme.objectiveWords() + "' in the " + theme.part() + " of objective "
                                + theme.objective() + ", found '" + text + "'");
            }
        }
    }
}

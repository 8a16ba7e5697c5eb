package org.gcmkg.link.align;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Links a text to each objective whose themes it names ({@link ObjectiveLexicon}), outside passing mentions. Each
 * objective gets the words of every theme found, the longest where two overlap; its score is the number of distinct
 * places in the text that name it.
 */
public final class LexiconAligner implements Aligner {
    public static final String METHOD = "lexicon";
    private final ObjectiveLexicon lexicon;
    /** Each theme's {@link ObjectiveLexicon.Theme#firstWord}s, worked out once rather than for every text. */
    private final List<List<String>> firstWords;
    /**
     * Each term's literal start, case-folded as the matcher folds it: the text's own folded characters begin with it
     * wherever the term matches, so that the pattern need only be tried there ("" where no such start is known).
     */
    private final List<List<String>> keys;

    public LexiconAligner(ObjectiveLexicon lexicon) {
        this.lexicon = lexicon;
        this.firstWords = lexicon.themes().stream()
                .map(theme -> IntStream.range(0, theme.terms().size())
                        .mapToObj(theme::firstWord)
                        .toList())
                .toList();
        this.keys = lexicon.themes().stream()
                .map(theme -> theme.terms().stream().map(LexiconAligner::key).toList())
                .toList();
    }

    /**
     * The folded characters {@code term}'s pattern ({@link ObjectiveLexicon#pattern}) begins with: its first word up
     * to an apostrophe (which matches as either of two) or a final wildcard.
     */
    private static String key(String term) {
        String word = term.split("[\\s-]+")[0];
        int end = word.indexOf('\'') < 0 ? word.length() : word.indexOf('\'');
        String literal = word.substring(0, end);
        literal = literal.endsWith("*") && end == word.length() ? literal.substring(0, literal.length() - 1) : literal;
        if (literal.indexOf('*') >= 0 || literal.chars().anyMatch(c -> Character.isSurrogate((char) c))) {
            return "";
        }
        return folded(literal);
    }

    /** Each char as {@link java.util.regex.Pattern#UNICODE_CASE} compares it. */
    private static String folded(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(Character.toUpperCase(chars[i]));
        }
        return new String(chars);
    }

    /**
     * Finds the next match of {@code m} from {@code from}, as {@link Matcher#find()} would, trying only where the
     * folded text holds {@code key}: the matcher looks behind and ahead of where it is tried.
     */
    private static boolean nextAt(Matcher m, String folded, String key, int from) {
        m.useTransparentBounds(true);
        for (int at = folded.indexOf(key, from); at >= 0; at = folded.indexOf(key, at + 1)) {
            m.region(at, folded.length());
            if (m.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String method() {
        return METHOD;
    }

    @Override
    public List<Alignment> align(String text) {
        Map<Integer, BitSet> passingFor = new HashMap<>();
        Map<Integer, List<Alignment>> found = new TreeMap<>();
        String lower = text.toLowerCase(Locale.ROOT);
        // What passes for every objective, and each theme's exclusions, are worked out when a term is first met.
        BitSet[] passingForAny = new BitSet[1];
        String folded = null;
        for (int t = 0; t < lexicon.themes().size(); t++) {
            ObjectiveLexicon.Theme theme = lexicon.themes().get(t);
            BitSet excluded = null;
            for (int i = 0; i < theme.patterns().size(); i++) {
                if (!lower.contains(firstWords.get(t).get(i))) {
                    continue;
                }
                BitSet passing = null;
                Matcher m = theme.patterns().get(i).matcher(text);
                String key = keys.get(t).get(i);
                if (folded == null) {
                    folded = folded(text);
                }
                int from = 0;
                while (key.isEmpty() ? m.find() : nextAt(m, folded, key, from)) {
                    from = m.end();
                    if (passing == null) {
                        passing = passingFor.computeIfAbsent(theme.objective(), o -> {
                            if (passingForAny[0] == null) {
                                passingForAny[0] = PassingMentions.in(text);
                            }
                            return PassingMentions.in(text, o, passingForAny[0]);
                        });
                    }
                    if (excluded == null) {
                        excluded = excluded(theme, text);
                    }
                    if (passing.get(m.start()) || excluded.get(m.start())) {
                        continue;
                    }
                    found.computeIfAbsent(theme.objective(), k -> new ArrayList<>())
                            .add(new Alignment(
                                    theme.objective(),
                                    m.start(),
                                    m.end(),
                                    m.group(),
                                    theme.part(),
                                    theme.objectiveWords(),
                                    0,
                                    METHOD));
                }
            }
        }
        List<Alignment> alignments = new ArrayList<>();
        for (List<Alignment> spans : found.values()) {
            List<Alignment> distinct = longestOfOverlapping(spans);
            for (Alignment a : distinct) {
                alignments.add(a.scored(distinct.size(), METHOD));
            }
        }
        alignments.sort(Comparator.comparingInt(Alignment::start).thenComparingInt(Alignment::objective));
        return alignments;
    }

    private static BitSet excluded(ObjectiveLexicon.Theme theme, String text) {
        BitSet excluded = new BitSet(text.length());
        for (Pattern exclusion : theme.exclusions()) {
            Matcher x = exclusion.matcher(text);
            while (x.find()) {
                excluded.set(x.start(), x.end());
            }
        }
        return excluded;
    }

    /** The spans that no longer span overlaps, in text order. */
    static List<Alignment> longestOfOverlapping(List<Alignment> spans) {
        List<Alignment> byLength = new ArrayList<>(spans);
        byLength.sort(
                Comparator.comparingInt((Alignment a) -> a.start() - a.end()).thenComparingInt(Alignment::start));
        List<Alignment> kept = new ArrayList<>();
        for (Alignment a : byLength) {
            if (kept.stream().noneMatch(k -> k.start() < a.end() && a.start() < k.end())) {
                kept.add(a);
            }
        }
        kept.sort(Comparator.comparingInt(Alignment::start));
        return kept;
    }
}

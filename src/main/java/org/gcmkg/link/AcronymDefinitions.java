package org.gcmkg.link;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The acronyms a text defines for actors: "the Global Forum on Migration and Development (GFMD)" makes "GFMD" a name
 * of the Global Forum wherever the corpus uses it. The name before the brackets is the longest run of its last words
 * that names a known actor and whose initials spell the acronym; an acronym that names another actor already is left
 * alone.
 */
final class AcronymDefinitions {
    /**
     * An acronym in brackets after white space. The words of the name are read backwards from there: a pattern that
     * found them from the front tried up to 13 words at every letter of the text, most of the graph's build time.
     */
    private static final Pattern ACRONYM = Pattern.compile("\\s\\((?<acronym>[A-Z][A-Za-z]*[A-Z])\\)");

    private static final int MOST_WORDS = 12;

    private AcronymDefinitions() {}

    /**
     * Whether the acronym is made of the name's initials: its first letter is the first word's, and its letters are
     * initials of the words in order ("GFMD" of "Global Forum on Migration and Development"), so that a misprint such
     * as "The Regional Conference on Migration (GCM)" or a place's country, "State of California (USA)", defines nothing.
     */
    static boolean spells(String acronym, String[] words) {
        String letters = acronym.toUpperCase(java.util.Locale.ROOT);
        if (words.length == 0 || Character.toUpperCase(words[0].charAt(0)) != letters.charAt(0)) {
            return false;
        }
        int next = 0;
        for (String word : words) {
            if (next < letters.length() && Character.toUpperCase(word.charAt(0)) == letters.charAt(next)) {
                next++;
            }
        }
        return next == letters.length();
    }

    /** Adds to {@code actors} the acronyms {@code text} defines for them. */
    static void find(String text, ActorRegistry actors) {
        Matcher m = ACRONYM.matcher(text);
        while (m.find()) {
            String[] words = wordsBefore(text, m.start() + 1);
            for (int from = Math.max(0, words.length - MOST_WORDS); from < words.length; from++) {
                String name = String.join(" ", Arrays.copyOfRange(words, from, words.length));
                var actor = actors.resolve(name);
                if (actor.isPresent() && spells(m.group("acronym"), Arrays.copyOfRange(words, from, words.length))) {
                    actors.addName(actor.get(), m.group("acronym"));
                    break;
                }
            }
        }
    }

    /**
     * The words before the white space that ends at {@code end}, parted by white space only: as many as a name may
     * have and one more, none unless there are two. A word is a run of letters, apostrophes and hyphens; white space is
     * what {@code \s} matches.
     */
    static String[] wordsBefore(String text, int end) {
        Deque<String> words = new ArrayDeque<>();
        int at = spaceBefore(text, end);
        while (at < end && words.size() <= MOST_WORDS) {
            int start = at;
            while (start > 0 && isWordPart(text.codePointBefore(start))) {
                start -= Character.charCount(text.codePointBefore(start));
            }
            if (start == at) {
                break;
            }
            words.addFirst(text.substring(start, at));
            end = start;
            at = spaceBefore(text, start);
        }
        return words.size() < 2 ? new String[0] : words.toArray(String[]::new);
    }

    /** Where the white space that ends at {@code end} starts. */
    private static int spaceBefore(String text, int end) {
        int at = end;
        while (at > 0 && " \t\n\u000B\f\r".indexOf(text.charAt(at - 1)) >= 0) {
            at--;
        }
        return at;
    }

    private static boolean isWordPart(int c) {
        return Character.isLetter(c) || c == '\'' || c == '’' || c == '-';
    }
}

package org.gcmkg.link;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The acronyms a text defines for actors: "the Global Forum on Migration and Development (GFMD)" makes "GFMD" a name
 * of the Global Forum wherever the corpus uses it. The name before the brackets is the longest run of its last words
 * that names a known actor and whose initials spell the acronym; an acronym that names another actor already is left
 * alone.
 */
final class AcronymDefinitions {
    private static final Pattern DEFINITION = Pattern.compile(
            "(?<words>(?:[\\p{L}'’-]+\\s+){1,12}?[\\p{L}'’-]+)\\s+\\((?<acronym>" + "[A-Z][A-Za-z]*[A-Z])\\)");
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
        Matcher m = DEFINITION.matcher(text);
        while (m.find()) {
            String[] words = m.group("words").split("\\s+");
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
}

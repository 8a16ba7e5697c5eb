package org.gcmkg.link;

import java.util.List;

/**
 * Words a pattern cannot match without: a text that holds none of them needs no search, which spares running the
 * pattern at every position of most texts.
 */
final class Literals {
    private final List<String> words;

    private Literals(List<String> words) {
        this.words = words;
    }

    static Literals of(String... words) {
        return new Literals(List.of(words));
    }

    /** Whether {@code text} holds any of the words, as written. */
    boolean anyIn(String text) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }
}

package org.gcmkg.link;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * Where the sentences around a place in a text begin: what a pronoun ("its Ministry") or a name without its country
 * ("The Ministry of Foreign Affairs") can refer to lies in the same sentence or the one before.
 */
final class Sentences {
    private Sentences() {
    }

    /** Where the sentence that holds {@code index} begins. */
    static int start(String text, int index) {
        return before(text, index, 0);
    }

    /** Where the sentence before the one that holds {@code index} begins (where that one begins if it is the first). */
    static int startOfPrevious(String text, int index) {
        return before(text, index, 1);
    }

    private static int before(String text, int index, int sentencesBack) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText(text);
        int start = sentences.preceding(Math.min(index + 1, text.length()));
        for (int i = 0; i < sentencesBack && start > 0; i++) {
            start = sentences.preceding(start);
        }
        return Math.max(start, 0);
    }
}

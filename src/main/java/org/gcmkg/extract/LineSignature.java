package org.gcmkg.extract;

import java.util.List;
import java.util.function.Predicate;
import org.gcmkg.corpus.Line;
import org.gcmkg.corpus.SourceText;

/**
 * How an extractor recognises its kind of document by content: lines it has somewhere, in any order, each found by
 * one test of its text.
 */
public final class LineSignature {
    private final List<Predicate<String>> lines;

    private LineSignature(List<Predicate<String>> lines) {
        this.lines = lines;
    }

    @SafeVarargs
    public static LineSignature of(Predicate<String>... lines) {
        return new LineSignature(List.of(lines));
    }

    /** Whether every test finds a line of {@code source}. */
    public boolean foundIn(SourceText source) {
        boolean[] found = new boolean[lines.size()];
        int missing = lines.size();
        for (Line line : source.lines()) {
            for (int i = 0; i < found.length && missing > 0; i++) {
                if (!found[i] && lines.get(i).test(line.text())) {
                    found[i] = true;
                    missing--;
                }
            }
        }
        return missing == 0;
    }
}

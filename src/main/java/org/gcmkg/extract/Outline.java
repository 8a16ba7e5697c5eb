package org.gcmkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.gcmkg.corpus.CorpusException;
import org.gcmkg.corpus.Line;
import org.gcmkg.corpus.SourceText;

/**
 * The landmarks a whole document of a kind holds, in order: a document cut short, or missing a part, is refused with
 * one line naming the file, the line where the reading stopped and the landmark expected, rather than read as a
 * smaller graph. It checks what makes a document whole, not how many items today's files hold.
 */
public final class Outline {
    /** {@code marks}: whether seeing it shows that the landmark before it is missing (a heading does, content not). */
    private record Landmark(String expectation, Predicate<String> matches, boolean marks) {}

    private final List<Landmark> landmarks = new ArrayList<>();

    /** Then a line equal to {@code text} once stripped. */
    public Outline line(String text) {
        return then("'" + text + "'", s -> s.strip().equals(text));
    }

    /** Then a line {@code pattern} matches in full. */
    public Outline matching(String expectation, Pattern pattern) {
        return then(expectation, s -> pattern.matcher(s).matches());
    }

    /** Then a line {@code matches} accepts, which marks its place: seen first, the landmark before it is missing. */
    public Outline then(String expectation, Predicate<String> matches) {
        landmarks.add(new Landmark(expectation, matches, true));
        return this;
    }

    /** Then content that {@code matches} accepts, such as any line of text: its place is known only by what precedes. */
    public Outline content(String expectation, Predicate<String> matches) {
        landmarks.add(new Landmark(expectation, matches, false));
        return this;
    }

    /** What is missing: a document that ends before a landmark, or one whose next landmark comes first. */
    private record Gap(CorpusException error, boolean endsEarly) {}

    /**
     * Reads {@code source} with {@code read}, and refuses it unless it holds every landmark. A document cut short is
     * refused for that even when reading it failed first (the missing end is the cause); any other failure to read
     * stands as it is.
     *
     * @throws CorpusException {@code FILE:LINE: the document ends here, expected ...} when the document stops before
     *     a landmark (LINE is its last non-blank line), or {@code FILE:LINE: expected ... before this line} when the
     *     next landmark comes first
     */
    public <T> T whole(SourceText source, Supplier<T> read) {
        T result;
        try {
            result = read.get();
        } catch (RuntimeException e) {
            Gap gap = gap(source);
            if (gap != null && gap.endsEarly()) {
                throw gap.error();
            }
            throw e;
        }
        check(source);
        return result;
    }

    /** Refuses {@code source} unless it holds every landmark, in order. */
    public void check(SourceText source) {
        Gap gap = gap(source);
        if (gap != null) {
            throw gap.error();
        }
    }

    /** Finds the landmarks in order, each after the one before and before the line of the one after it. */
    private Gap gap(SourceText source) {
        List<Line> lines = source.lines();
        int index = 0;
        for (int k = 0; k < landmarks.size(); k++) {
            Landmark landmark = landmarks.get(k);
            Landmark next = k + 1 < landmarks.size() ? landmarks.get(k + 1) : null;
            boolean found = false;
            int from = index;
            for (; index < lines.size(); index++) {
                String text = lines.get(index).text();
                if (landmark.matches().test(text)) {
                    found = true;
                    index++;
                    break;
                }
                if (next != null && next.marks() && next.matches().test(text)) {
                    return new Gap(
                            CorpusException.at(
                                    source.fileName(),
                                    lines.get(index).number(),
                                    "expected " + landmark.expectation() + " before this line"),
                            false);
                }
            }
            if (!found) {
                Line later = laterLandmark(lines, from, k + 1);
                if (later != null) {
                    return new Gap(
                            CorpusException.at(
                                    source.fileName(),
                                    later.number(),
                                    "expected " + landmark.expectation() + " before this line"),
                            false);
                }
                return new Gap(
                        CorpusException.at(
                                source.fileName(),
                                lastNonBlank(lines),
                                "the document ends here, expected " + landmark.expectation()),
                        true);
            }
        }
        return null;
    }

    /** The first line from {@code from} on that is a landmark marking its place, of those from {@code first} on. */
    private Line laterLandmark(List<Line> lines, int from, int first) {
        for (int i = from; i < lines.size(); i++) {
            for (Landmark landmark : landmarks.subList(first, landmarks.size())) {
                if (landmark.marks() && landmark.matches().test(lines.get(i).text())) {
                    return lines.get(i);
                }
            }
        }
        return null;
    }

    private static int lastNonBlank(List<Line> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return lines.get(i).number();
            }
        }
        return 1;
    }
}

package org.gcmkg.corpus;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text cut, joined and cleaned from a source file that still knows, for each of its characters, the code point
 * offset it came from, so that anything later found in the cleaned text (a name, a marker) can be pointed at in the
 * file.
 */
public final class MappedText {
    private final String text;
    /** Source code point offset of each UTF-16 char of {@link #text}. */
    private final int[] offsets;

    private MappedText(String text, int[] offsets) {
        this.text = text;
        this.offsets = offsets;
    }

    public static MappedText of(Line line) {
        return of(line, 0, line.text().length());
    }

    public static MappedText of(Line line, int fromChar, int toChar) {
        String text = line.text().substring(fromChar, toChar);
        int[] offsets = new int[text.length()];
        // Counted on from the first, not from the start of the line for each: linear on a very long line.
        String full = line.text();
        for (int i = 0; i < text.length(); i++) {
            int j = fromChar + i - 1;
            offsets[i] = i == 0
                    ? line.offsetOf(fromChar)
                    : offsets[i - 1]
                            + (j > 0
                                            && Character.isLowSurrogate(full.charAt(j))
                                            && Character.isHighSurrogate(full.charAt(j - 1))
                                    ? 0
                                    : 1);
        }
        return new MappedText(text, offsets);
    }

    public static MappedText empty() {
        return new MappedText("", new int[0]);
    }

    public String text() {
        return text;
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    public int length() {
        return text.length();
    }

    /** Source offset of the character at {@code index}. */
    public int sourceOffset(int index) {
        return offsets[index];
    }

    /**
     * The index of the first character that comes from {@code sourceOffset} or after it ({@link #length()} if none):
     * where something found by its source offsets stands in this text, which keeps the file's order.
     */
    public int indexOfSource(int sourceOffset) {
        int low = 0;
        int high = offsets.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (offsets[mid] < sourceOffset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Source offset just after the character before {@code endIndex} (end exclusive). */
    public int sourceEnd(int endIndex) {
        int last = endIndex - 1;
        return offsets[last] + (Character.isHighSurrogate(text.charAt(last)) ? 0 : 1);
    }

    /** This text, then {@code separator} (mapped to where {@code next} starts), then {@code next}. */
    public MappedText append(String separator, MappedText next) {
        if (isEmpty()) {
            return next;
        }
        if (next.isEmpty()) {
            return this;
        }
        int[] joined = Arrays.copyOf(offsets, offsets.length + separator.length() + next.offsets.length);
        Arrays.fill(joined, offsets.length, offsets.length + separator.length(), next.offsets[0]);
        System.arraycopy(next.offsets, 0, joined, offsets.length + separator.length(), next.offsets.length);
        return new MappedText(text + separator + next.text, joined);
    }

    public MappedText sub(int from, int to) {
        return new MappedText(text.substring(from, to), Arrays.copyOfRange(offsets, from, to));
    }

    public MappedText trim() {
        int from = 0;
        int to = text.length();
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return from == 0 && to == text.length() ? this : sub(from, to);
    }

    /**
     * Replaces every match of {@code pattern} by its group {@code keepGroup} (which keeps its own source offsets),
     * or removes the match when {@code keepGroup} is negative.
     */
    public MappedText replaceAll(Pattern pattern, int keepGroup) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            // Nothing to replace (the common case): the text is immutable, so it is its own result.
            return this;
        }
        StringBuilder out = new StringBuilder(text.length());
        int[] outOffsets = new int[text.length()];
        int n = 0;
        int pos = 0;
        do {
            for (int i = pos; i < m.start(); i++) {
                out.append(text.charAt(i));
                outOffsets[n++] = offsets[i];
            }
            if (keepGroup >= 0 && m.group(keepGroup) != null) {
                for (int i = m.start(keepGroup); i < m.end(keepGroup); i++) {
                    out.append(text.charAt(i));
                    outOffsets[n++] = offsets[i];
                }
            }
            pos = m.end();
        } while (m.find());
        for (int i = pos; i < text.length(); i++) {
            out.append(text.charAt(i));
            outOffsets[n++] = offsets[i];
        }
        return new MappedText(out.toString(), Arrays.copyOf(outOffsets, n));
    }

    @Override
    public String toString() {
        return text;
    }
}

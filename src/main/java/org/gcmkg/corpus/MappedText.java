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
    private static final MappedText EMPTY = new MappedText("", new int[0], new int[0], new int[0]);
    private final String text;
    /*
     * The source code point offset of each UTF-16 char of the text, kept as runs rather than one int per char: a run
     * starts at char index runStart[r] with source offset runOffset[r] and steps by runStep[r] (1 along a line, 0 on
     * a low surrogate or a separator). Extracted records keep tens of thousands of these texts: at 100 times the
     * corpus an int per char was 141 MB of the build's heap, the runs a few per line.
     */
    private final int[] runStart;
    private final int[] runOffset;
    private final int[] runStep;

    private MappedText(String text, int[] runStart, int[] runOffset, int[] runStep) {
        this.text = text;
        this.runStart = runStart;
        this.runOffset = runOffset;
        this.runStep = runStep;
    }

    /** The text with the source offset of each of its chars, stored as runs. */
    private static MappedText of(String text, int[] offsets, int length) {
        if (length == 0) {
            return EMPTY;
        }
        int[] starts = new int[4];
        int[] bases = new int[4];
        int[] steps = new int[4];
        int runs = 0;
        int i = 0;
        while (i < length) {
            int step = i + 1 < length ? offsets[i + 1] - offsets[i] : 1;
            int end = i + 1;
            while (end < length && offsets[end] - offsets[end - 1] == step) {
                end++;
            }
            if (runs == starts.length) {
                starts = Arrays.copyOf(starts, runs * 2);
                bases = Arrays.copyOf(bases, runs * 2);
                steps = Arrays.copyOf(steps, runs * 2);
            }
            starts[runs] = i;
            bases[runs] = offsets[i];
            steps[runs] = step;
            runs++;
            i = end;
        }
        return new MappedText(
                text, Arrays.copyOf(starts, runs), Arrays.copyOf(bases, runs), Arrays.copyOf(steps, runs));
    }

    public static MappedText of(Line line) {
        return of(line, 0, line.text().length());
    }

    public static MappedText of(Line line, int fromChar, int toChar) {
        String text = line.text().substring(fromChar, toChar);
        int[] offsets = new int[text.length()];
        // Counted on from the first, not from the start of the line for each: linear on a very long line. The low
        // surrogate of a pair comes from the same code point as its high surrogate.
        String full = line.text();
        for (int i = 0; i < text.length(); i++) {
            int j = fromChar + i;
            offsets[i] = i == 0
                    ? line.offsetOf(fromChar)
                    : offsets[i - 1]
                            + (Character.isLowSurrogate(full.charAt(j)) && Character.isHighSurrogate(full.charAt(j - 1))
                                    ? 0
                                    : 1);
        }
        return of(text, offsets, offsets.length);
    }

    public static MappedText empty() {
        return EMPTY;
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
        if (index < 0 || index >= text.length()) {
            throw new IndexOutOfBoundsException("index " + index + " of a text of " + text.length() + " chars");
        }
        int r = run(index);
        return runOffset[r] + runStep[r] * (index - runStart[r]);
    }

    /** The run holding char {@code index}. */
    private int run(int index) {
        if (runStart.length == 1) {
            return 0;
        }
        int r = Arrays.binarySearch(runStart, index);
        return r >= 0 ? r : -r - 2;
    }

    /**
     * The index of the first character that comes from {@code sourceOffset} or after it ({@link #length()} if none):
     * where something found by its source offsets stands in this text, which keeps the file's order.
     */
    public int indexOfSource(int sourceOffset) {
        int low = 0;
        int high = text.length();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sourceOffset(mid) < sourceOffset) {
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
        return sourceOffset(last) + (Character.isHighSurrogate(text.charAt(last)) ? 0 : 1);
    }

    /** The source offset of every char, for replacing parts of this text. */
    private int[] offsets() {
        int[] offsets = new int[text.length()];
        for (int r = 0; r < runStart.length; r++) {
            int end = r + 1 < runStart.length ? runStart[r + 1] : offsets.length;
            for (int i = runStart[r]; i < end; i++) {
                offsets[i] = runOffset[r] + runStep[r] * (i - runStart[r]);
            }
        }
        return offsets;
    }

    /** This text, then {@code separator} (mapped to where {@code next} starts), then {@code next}. */
    public MappedText append(String separator, MappedText next) {
        if (isEmpty()) {
            return next;
        }
        if (next.isEmpty()) {
            return this;
        }
        int mine = runStart.length;
        int extra = separator.isEmpty() ? 0 : 1;
        int runs = mine + extra + next.runStart.length;
        int[] starts = Arrays.copyOf(runStart, runs);
        int[] bases = Arrays.copyOf(runOffset, runs);
        int[] steps = Arrays.copyOf(runStep, runs);
        if (extra == 1) {
            starts[mine] = text.length();
            bases[mine] = next.runOffset[0];
            steps[mine] = 0;
        }
        int shift = text.length() + separator.length();
        for (int r = 0; r < next.runStart.length; r++) {
            starts[mine + extra + r] = next.runStart[r] + shift;
            bases[mine + extra + r] = next.runOffset[r];
            steps[mine + extra + r] = next.runStep[r];
        }
        return new MappedText(text + separator + next.text, starts, bases, steps);
    }

    public MappedText sub(int from, int to) {
        if (from == to) {
            return EMPTY;
        }
        String cut = text.substring(from, to);
        int first = run(from);
        int runs = run(to - 1) - first + 1;
        int[] starts = new int[runs];
        int[] bases = new int[runs];
        int[] steps = Arrays.copyOfRange(runStep, first, first + runs);
        for (int k = 0; k < runs; k++) {
            int start = Math.max(runStart[first + k], from);
            starts[k] = start - from;
            bases[k] = runOffset[first + k] + runStep[first + k] * (start - runStart[first + k]);
        }
        return new MappedText(cut, starts, bases, steps);
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
        int[] offsets = offsets();
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
        return of(out.toString(), outOffsets, n);
    }

    @Override
    public String toString() {
        return text;
    }
}

package org.gcmkg.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MappedTextTest {
    /** A line at offset 100 with an emoji: its two UTF-16 chars come from one code point, offset 103. */
    private static final Line EMOJI = new Line(1, 100, "Ab \uD83D\uDE00 cd");

    private static final Line NEXT = new Line(2, 200, "xy");

    private static int[] offsets(MappedText text) {
        return IntStream.range(0, text.length()).map(text::sourceOffset).toArray();
    }

    @Test
    void eachCharKnowsTheCodePointItCameFrom() {
        MappedText text = MappedText.of(EMOJI);
        assertArrayEquals(new int[] {100, 101, 102, 103, 103, 104, 105, 106}, offsets(text));
        assertEquals(104, text.sourceEnd(5));
        assertEquals(103, text.sourceEnd(4), "a high surrogate ends where its pair ends");
        assertEquals(3, text.indexOfSource(103));
        assertEquals(8, text.indexOfSource(107));
        assertThrows(IndexOutOfBoundsException.class, () -> text.sourceOffset(8));
    }

    @Test
    void aCutKeepsTheOffsetsOfItsChars() {
        MappedText cut = MappedText.of(EMOJI).sub(2, 7);
        assertEquals(" \uD83D\uDE00 c", cut.text());
        assertArrayEquals(new int[] {102, 103, 103, 104, 105}, offsets(cut));
        assertEquals(0, MappedText.of(EMOJI).sub(3, 3).length());
        assertArrayEquals(new int[] {104, 105}, offsets(MappedText.of(EMOJI, 5, 7)));
    }

    @Test
    void aJoinMapsItsSeparatorToWhereTheNextTextStarts() {
        MappedText joined = MappedText.of(EMOJI).append("\n", MappedText.of(NEXT));
        assertEquals("Ab \uD83D\uDE00 cd\nxy", joined.text());
        assertArrayEquals(new int[] {100, 101, 102, 103, 103, 104, 105, 106, 200, 200, 201}, offsets(joined));
        assertEquals(8, joined.indexOfSource(150));
        assertArrayEquals(new int[] {106, 200, 200}, offsets(joined.sub(7, 10)));
        assertArrayEquals(
                new int[] {106, 200, 201}, offsets(MappedText.of(EMOJI, 7, 8).append("", MappedText.of(NEXT))));
        assertSame(joined, joined.append(" ", MappedText.empty()));
    }

    @Test
    void replacingKeepsTheOffsetsOfWhatStays() {
        MappedText text = MappedText.of(EMOJI);
        MappedText spaceless = text.replaceAll(Pattern.compile(" "), -1);
        assertEquals("Ab\uD83D\uDE00cd", spaceless.text());
        assertArrayEquals(new int[] {100, 101, 103, 103, 105, 106}, offsets(spaceless));
        MappedText kept = text.replaceAll(Pattern.compile("b( )"), 1);
        assertArrayEquals(new int[] {100, 102, 103, 103, 104, 105, 106}, offsets(kept));
        assertSame(text, text.replaceAll(Pattern.compile("z"), -1));
    }

    @Test
    void trimmingCutsTheSpacesAtEitherEnd() {
        MappedText padded = MappedText.of(new Line(3, 0, "  hi "));
        MappedText trimmed = padded.trim();
        assertArrayEquals(new int[] {2, 3}, offsets(trimmed));
        assertSame(trimmed, trimmed.trim());
    }
}

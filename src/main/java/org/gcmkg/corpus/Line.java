package org.gcmkg.corpus;

/**
 * One line of a source file: its 1-based number, the code point offset of its first character in the file, and its
 * text without the line terminator.
 */
public record Line(int number, int startOffset, String text) {

    /** Code point offset in the file of the UTF-16 index {@code charIndex} of this line's text. */
    public int offsetOf(int charIndex) {
        return startOffset + text.codePointCount(0, charIndex);
    }

    public int endOffset() {
        return offsetOf(text.length());
    }

    public boolean isBlank() {
        return text.isBlank();
    }
}

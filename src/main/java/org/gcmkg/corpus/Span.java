package org.gcmkg.corpus;

/**
 * Where something came from: a stretch of one source file, by lines (1-based, inclusive) and by code point offsets
 * (0-based, end exclusive), and the page where the document has pages.
 */
public record Span(String fileName, int startLine, int endLine, int startOffset, int endOffset, Integer page) {

    public Span {
        if (endLine < startLine || endOffset < startOffset) {
            throw new IllegalArgumentException(
                    "span ends before it starts: " + fileName + " " + startLine + "-" + endLine);
        }
    }

    public static Span of(Line first, Line last, String fileName) {
        return new Span(fileName, first.number(), last.number(), first.startOffset(), last.endOffset(), null);
    }

    /** This span on page {@code page} of its document. */
    public Span onPage(int page) {
        return new Span(fileName, startLine, endLine, startOffset, endOffset, page);
    }

    /** The smallest span covering this one and {@code other} (same file). */
    public Span union(Span other) {
        return new Span(
                fileName,
                Math.min(startLine, other.startLine),
                Math.max(endLine, other.endLine),
                Math.min(startOffset, other.startOffset),
                Math.max(endOffset, other.endOffset),
                page);
    }
}

package org.gcmkg.corpus;

import java.util.ArrayList;
import java.util.List;

/** A source document as lines with their offsets, the unit every extractor reads. */
public final class SourceText {
    private final String fileName;
    private final String content;
    private final List<Line> lines;

    public SourceText(String fileName, String content) {
        this.fileName = fileName;
        this.content = content;
        this.lines = splitLines(content);
    }

    private static List<Line> splitLines(String content) {
        List<Line> lines = new ArrayList<>();
        int offset = 0;
        int start = 0;
        int number = 1;
        while (start <= content.length()) {
            int end = content.indexOf('\n', start);
            if (end < 0) {
                end = content.length();
            }
            String text = content.substring(start, end);
            if (text.endsWith("\r")) {
                text = text.substring(0, text.length() - 1);
            }
            lines.add(new Line(number++, offset, text));
            offset += content.codePointCount(start, Math.min(end + 1, content.length()));
            start = end + 1;
        }
        // A final newline does not open one more line.
        if (content.endsWith("\n")) {
            lines.remove(lines.size() - 1);
        }
        return List.copyOf(lines);
    }

    public String fileName() {
        return fileName;
    }

    public String content() {
        return content;
    }

    public List<Line> lines() {
        return lines;
    }

    /** Line {@code number}, 1-based. */
    public Line line(int number) {
        return lines.get(number - 1);
    }

    public Span span(int firstLine, int lastLine) {
        return Span.of(line(firstLine), line(lastLine), fileName);
    }

    public Span span(Line first, Line last) {
        return Span.of(first, last, fileName);
    }

    /** The span of the file that {@code text} (cut from this file) covers, from its first to its last character. */
    public Span span(MappedText text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("an empty text covers no span of " + fileName);
        }
        int start = text.sourceOffset(0);
        int end = text.sourceEnd(text.length());
        return new Span(fileName, lineAt(start).number(), lineAt(end - 1).number(), start, end, null);
    }

    /** The span of code point offsets {@code start} to {@code end} (exclusive) of this file. */
    public Span spanOfOffsets(int start, int end) {
        return new Span(
                fileName,
                lineAt(start).number(),
                lineAt(Math.max(start, end - 1)).number(),
                start,
                end,
                null);
    }

    /** The line holding code point offset {@code offset}. */
    public Line lineAt(int offset) {
        int lo = 0;
        int hi = lines.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lines.get(mid).startOffset() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lines.get(lo);
    }

    /** The document's file name without its extension, used in URIs. */
    public String stem() {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}

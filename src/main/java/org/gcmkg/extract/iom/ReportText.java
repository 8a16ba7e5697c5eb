package org.gcmkg.extract.iom;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.gcmkg.corpus.MappedText;
import org.gcmkg.corpus.Sentences;
import org.gcmkg.corpus.SourceText;
import org.gcmkg.corpus.Span;

/**
 * The running text of the report: the bodies of its pages joined by a space (a sentence a page break cut runs on),
 * without the chapter headings that open pages and without the photo captions, each character still mapped to
 * where it stands in the file, so that whatever is found in it is given its lines, offsets and page.
 */
final class ReportText {
    /** "IDM event April 2017, New York. IOM 2017 (Photo: John Walder)": a caption set into the text. */
    private static final Pattern CAPTION = Pattern.compile(
            "IDM (?:event|meeting),? \\p{Lu}\\p{Ll}+ \\d{4}, [\\p{L} ]+\\. IOM \\d{4}(?: \\(Photo: [^)]*\\))? ?");

    private final SourceText source;
    private final MappedText text;
    private final Map<Integer, Integer> pageOfLine = new HashMap<>();
    private List<MappedText> sentences;

    /** {@code headings} gives, by page number, the length of the chapter heading that opens the page's body. */
    ReportText(SourceText source, List<Page> pages, Map<Integer, Integer> headings) {
        this.source = source;
        MappedText joined = MappedText.empty();
        for (Page page : pages) {
            pageOfLine.put(page.line().number(), page.number());
            MappedText body = page.body();
            Integer heading = headings.get(page.number());
            if (heading != null) {
                body = body.sub(heading, body.length()).trim();
            }
            joined = joined.append(" ", body);
        }
        this.text = joined.replaceAll(CAPTION, -1);
    }

    MappedText text() {
        return text;
    }

    /** The page that the character at {@code index} of the text is on. */
    int pageAt(int index) {
        return pageOfLine.get(source.lineAt(text.sourceOffset(index)).number());
    }

    /** Where {@code piece} of the text stands in the file: one span per page it covers. */
    List<Span> spans(MappedText piece) {
        List<Span> spans = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= piece.length(); i++) {
            if (i == piece.length() || lineOf(piece, i) != lineOf(piece, from)) {
                MappedText part = piece.sub(from, i).trim();
                if (!part.isEmpty()) {
                    Span span = source.span(part);
                    spans.add(span.onPage(pageOfLine.get(span.startLine())));
                }
                from = i;
            }
        }
        return List.copyOf(spans);
    }

    private int lineOf(MappedText piece, int index) {
        return source.lineAt(piece.sourceOffset(index)).number();
    }

    /** The text's sentences, in order, each trimmed. */
    List<MappedText> sentences() {
        if (sentences == null) {
            sentences = Sentences.split(text);
        }
        return sentences;
    }

    /** The index of the sentence holding the character at code point offset {@code offset} of the file. */
    int sentenceIndexAt(int offset) {
        List<MappedText> all = sentences();
        for (int i = 0; i < all.size(); i++) {
            MappedText s = all.get(i);
            if (s.sourceOffset(0) <= offset && offset < s.sourceEnd(s.length())) {
                return i;
            }
        }
        throw new IllegalArgumentException("offset " + offset + " is in no sentence of the report");
    }
}

package org.gcmkg.extract;

import java.util.ArrayList;
import java.util.List;
import org.gcmkg.corpus.Line;
import org.gcmkg.corpus.MappedText;
import org.gcmkg.corpus.Span;

/**
 * Collects the raw lines of one item of a document (an action, an example, a commitment, a section) with the spans
 * they came from, and gives back its plain text and footnote markers.
 */
public final class ItemText {
    private final String fileName;
    private MappedText raw = MappedText.empty();
    private final List<Span> spans = new ArrayList<>();

    public ItemText(String fileName) {
        this.fileName = fileName;
    }

    /** Adds {@code line} from char {@code from}, after {@code separator}; a line next to the last one extends its span. */
    public ItemText add(Line line, int from, String separator) {
        raw = raw.append(separator, MappedText.of(line, from, line.text().length()));
        Span span = Span.of(line, line, fileName);
        if (!spans.isEmpty() && spans.get(spans.size() - 1).endLine() >= line.number() - 1) {
            spans.set(spans.size() - 1, spans.get(spans.size() - 1).union(span));
        } else {
            spans.add(span);
        }
        return this;
    }

    public boolean isEmpty() {
        return raw.isEmpty();
    }

    public MappedText raw() {
        return raw;
    }

    public InlineMarkup.Footnoted footnoted() {
        return InlineMarkup.takeMarkers(raw);
    }

    public MappedText plain() {
        return InlineMarkup.plain(footnoted().text());
    }

    public List<FootnoteMarker> markers() {
        return footnoted().markers();
    }

    public List<Span> spans() {
        return List.copyOf(spans);
    }

    public Span span() {
        Span all = spans.get(0);
        for (Span s : spans) {
            all = all.union(s);
        }
        return all;
    }

    /**
     * Whether the text stops mid-sentence, as a paragraph cut by a page break does: after its markers and markup, it
     * does not end with a full stop, question or exclamation mark (closing quotes and brackets aside), nor with the
     * colon that opens a list of sub-items.
     */
    public boolean endsMidSentence() {
        String text = plain().text();
        int end = text.length();
        while (end > 0 && "\"'”’)]*".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && ".!?:".indexOf(text.charAt(end - 1)) < 0;
    }
}

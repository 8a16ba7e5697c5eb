package org.gcmkg.extract.booklet;

import java.util.ArrayList;
import java.util.List;
import org.gcmkg.corpus.CorpusException;
import org.gcmkg.corpus.Line;
import org.gcmkg.extract.InlineMarkup;
import org.gcmkg.extract.ItemText;

/**
 * The footnotes of a document, wherever a page break put them: a line that starts with superscript digits opens
 * one, and lines that carry on its text (a reference list, bare URLs) may follow.
 */
final class FootnoteCollector {
    private final String fileName;
    private final List<Footnote> done = new ArrayList<>();
    private int number = -1;
    private ItemText open;

    FootnoteCollector(String fileName) {
        this.fileName = fileName;
    }

    void start(Line line) {
        close();
        int digits = InlineMarkup.leadingMarkerLength(line.text());
        number = InlineMarkup.superscriptNumber(line.text().substring(0, digits));
        for (Footnote f : done) {
            if (f.number() == number) {
                throw CorpusException.at(
                        fileName,
                        line.number(),
                        "expected a new footnote number, found footnote " + number + " again (first at line "
                                + f.span().startLine() + ")");
            }
        }
        open = new ItemText(fileName).add(line, digits, "");
    }

    boolean isOpen() {
        return open != null;
    }

    void continueWith(Line line) {
        open.add(line, 0, "\n");
    }

    void close() {
        if (open != null) {
            String raw = open.raw().text();
            // Lines that carry a footnote on are separate references or URLs: keep them on lines of their own.
            String text = raw.lines()
                    .map(InlineMarkup::plainString)
                    .filter(l -> !l.isEmpty())
                    .collect(java.util.stream.Collectors.joining("\n"));
            done.add(new Footnote(number, text, InlineMarkup.urls(raw), open.span()));
            open = null;
        }
    }

    List<Footnote> footnotes() {
        close();
        return List.copyOf(done);
    }
}

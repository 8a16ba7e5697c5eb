package org.gcmkg.extract.iom;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gcmkg.corpus.CorpusException;
import org.gcmkg.corpus.Line;
import org.gcmkg.corpus.MappedText;
import org.gcmkg.corpus.SourceText;

/**
 * The pages of a transcribed PDF. The web page the text was taken from opens with its own chrome (title, "Download",
 * "Transcription"), then gives each page as one line starting with its number, blank lines between. The report ends
 * at the first non-blank line that does not start with a number: what follows is the site's list of other documents
 * ("More information" blocks), some of whose lines start with a date ("18 19 April 2017 ..."), so no line after that
 * point is read as a page, whatever its first word.
 */
final class PageReader {
    private static final Pattern PAGE_LINE = Pattern.compile("^(\\d{1,4})(?: |$)");
    /** The printed page number a page ends with: arabic in the report, roman in the front matter. */
    private static final Pattern FOLIO = Pattern.compile("\\s+(\\d{1,4}|[ivxlc]{1,7})$");

    private PageReader() {}

    /** The line of page 1: the first line starting with "1 " whose next non-blank line starts with "2". */
    static Optional<Line> firstPage(SourceText source) {
        List<Line> lines = source.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (pageNumber(lines.get(i)) == 1 && nextPageNumber(lines, i) == 2) {
                return Optional.of(lines.get(i));
            }
        }
        return Optional.empty();
    }

    private static int nextPageNumber(List<Line> lines, int index) {
        for (int j = index + 1; j < lines.size(); j++) {
            if (!lines.get(j).isBlank()) {
                return pageNumber(lines.get(j));
            }
        }
        return -1;
    }

    static List<Page> read(SourceText source) {
        Line first = firstPage(source)
                .orElseThrow(() -> CorpusException.at(
                        source.fileName(),
                        1,
                        "expected the pages of the report: a line starting with '1 ', then one starting with '2 '"));
        List<Page> pages = new ArrayList<>();
        for (int n = first.number(); n <= source.lines().size(); n++) {
            Line line = source.line(n);
            if (line.isBlank()) {
                continue;
            }
            int number = pageNumber(line);
            if (number < 0) {
                break;
            }
            int expected = pages.size() + 1;
            if (number != expected) {
                throw CorpusException.at(
                        source.fileName(),
                        n,
                        "expected page " + expected + " (a line starting with '" + expected
                                + "'), found a line starting with '" + number + "'");
            }
            pages.add(page(line, number));
        }
        return List.copyOf(pages);
    }

    private static int pageNumber(Line line) {
        Matcher m = PAGE_LINE.matcher(line.text());
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static Page page(Line line, int number) {
        String text = line.text();
        int from = Integer.toString(number).length();
        int to = text.length();
        String folio = null;
        Matcher m = FOLIO.matcher(text);
        // A trailing number is the printed page number only when it is smaller than the page's place in the PDF:
        // the title page ends with the year "2018", the printed numbers run behind the PDF's.
        if (m.find() && m.start() >= from && folioValue(m.group(1)) < number) {
            folio = m.group(1);
            to = m.start();
        }
        MappedText body = from < to ? MappedText.of(line, from, to).trim() : MappedText.empty();
        return new Page(number, line, body, folio);
    }

    private static int folioValue(String folio) {
        if (Character.isDigit(folio.charAt(0))) {
            return Integer.parseInt(folio);
        }
        int value = 0;
        int previous = 0;
        for (int i = folio.length() - 1; i >= 0; i--) {
            int digit = switch (folio.charAt(i)) {
                case 'i' -> 1;
                case 'v' -> 5;
                case 'x' -> 10;
                case 'l' -> 50;
                default -> 100;
            };
            value += digit < previous ? -digit : digit;
            previous = Math.max(previous, digit);
        }
        return value;
    }
}

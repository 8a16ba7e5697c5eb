package org.gcmkg.extract.iom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gcmkg.corpus.CorpusException;
import org.gcmkg.corpus.SourceText;
import org.gcmkg.corpus.Span;

/**
 * The chapters of the report, from its table of contents. The table lists the front matter (foreword, abbreviations),
 * then under "REPORT" the chapters of the report with their printed page numbers, then under "APPENDICES" the
 * supplementary materials. The chapters are the entries under "REPORT": each must open a page whose printed number
 * is the one the table gives, with its title in upper case at the start of the page. The front matter is not part of
 * the report; the appendices start after the last page of this transcription, so none of them is a chapter.
 */
record TableOfContents(SourceText source, List<Page> pages) {
    private static final String TABLE = "TABLE OF CONTENTS";
    private static final Pattern REPORT_PART = Pattern.compile("\\bREPORT (.*?) APPENDICES\\b");
    private static final Pattern ENTRY = Pattern.compile("\\s*(.+?)\\.{3}\\s*(\\d+)");

    List<Chapter> chapters() {
        Page table = pages.stream()
                .filter(p -> p.body().text().startsWith(TABLE))
                .findFirst()
                .orElseThrow(() -> CorpusException.at(
                        source.fileName(),
                        pages.get(0).line().number(),
                        "expected a page starting with '" + TABLE + "'"));
        Matcher part = REPORT_PART.matcher(table.body().text());
        if (!part.find()) {
            throw CorpusException.at(
                    source.fileName(),
                    table.line().number(),
                    "expected the table of contents to list the report's chapters between 'REPORT' and 'APPENDICES'");
        }
        Map<String, Integer> entries = new LinkedHashMap<>();
        Matcher entry = ENTRY.matcher(part.group(1));
        int end = 0;
        while (entry.lookingAt()) {
            entries.put(entry.group(1), Integer.parseInt(entry.group(2)));
            end = entry.end();
            entry.region(end, part.group(1).length());
        }
        if (entries.isEmpty() || end != part.group(1).length()) {
            throw CorpusException.at(
                    source.fileName(),
                    table.line().number(),
                    "expected chapter entries 'Title...page' under 'REPORT', found '"
                            + part.group(1).substring(end) + "'");
        }
        List<Integer> firstPages = new ArrayList<>();
        for (Map.Entry<String, Integer> e : entries.entrySet()) {
            firstPages.add(opening(e.getKey(), e.getValue(), table).number());
        }
        List<Chapter> chapters = new ArrayList<>();
        List<String> titles = List.copyOf(entries.keySet());
        int lastPage = pages.get(pages.size() - 1).number();
        for (int k = 0; k < titles.size(); k++) {
            int first = firstPages.get(k);
            int last = k + 1 < titles.size() ? firstPages.get(k + 1) - 1 : lastPage;
            chapters.add(new Chapter(k + 1, titles.get(k), first, last, spans(first, last)));
        }
        return List.copyOf(chapters);
    }

    /** The length of the heading that opens each chapter's first page, by page number. */
    static Map<Integer, Integer> headings(List<Chapter> chapters) {
        Map<Integer, Integer> headings = new LinkedHashMap<>();
        for (Chapter c : chapters) {
            headings.put(c.firstPage(), c.title().length());
        }
        return headings;
    }

    private Page opening(String title, int printed, Page table) {
        String folio = Integer.toString(printed);
        Page page = pages.stream()
                .filter(p -> folio.equals(p.folio()))
                .findFirst()
                .orElseThrow(() -> CorpusException.at(
                        source.fileName(),
                        table.line().number(),
                        "expected a page printed " + folio + " for the chapter '" + title + "'"));
        String heading = title.toUpperCase(Locale.ROOT);
        if (!page.body().text().startsWith(heading)) {
            throw CorpusException.at(
                    source.fileName(),
                    page.line().number(),
                    "expected page " + page.number() + " (printed " + folio + ") to open with the chapter heading '"
                            + heading + "'");
        }
        return page;
    }

    private List<Span> spans(int first, int last) {
        List<Span> spans = new ArrayList<>();
        for (Page p : pages.subList(first - 1, last)) {
            if (!p.isBlank()) {
                spans.add(source.span(p.line(), p.line()).onPage(p.number()));
            }
        }
        return List.copyOf(spans);
    }
}

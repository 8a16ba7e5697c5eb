package org.gcmkg.extract.quno;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gcmkg.corpus.CorpusException;
import org.gcmkg.corpus.Line;
import org.gcmkg.corpus.MappedText;
import org.gcmkg.corpus.SourceText;
import org.gcmkg.corpus.Span;
import org.gcmkg.extract.InlineMarkup;

/**
 * The section of a sheet under one "Guidance from ..." heading: its tables, whose rows are guidance, and the sentences
 * around them.
 */
final class GuidanceSectionParser {
    private static final String SOURCE_COLUMN = "Source";
    private static final String GUIDANCE_COLUMN = "Guidance";
    /** "Special Rapporteur on the human rights of migrants (2004), A/59/377 (para.63)"; a paragraph may be "50(b)". */
    private static final Pattern SOURCE = Pattern.compile(
            "(?<mandate>.+?)\\s*\\((?<year>\\d{4})\\),\\s*(?<symbol>\\S+)\\s*\\(paras?\\.\\s*(?<paragraph>.+)\\)");

    private static final String SOURCE_FORM = "'Mandate (YYYY), SYMBOL (para.N)'";

    private final SourceText source;

    GuidanceSectionParser(SourceText source) {
        this.source = source;
    }

    /**
     * The section from {@code heading} to the line before {@code endExclusive}; its rows are numbered on from
     * {@code firstNumber}.
     */
    GuidanceSection parse(GuidanceSource kind, Line heading, int endExclusive, int firstNumber) {
        List<Guidance> guidance = new ArrayList<>();
        MappedText note = MappedText.empty();
        List<Line> table = new ArrayList<>();
        Line last = heading;
        for (int n = heading.number() + 1; n <= endExclusive; n++) {
            Line line = n < endExclusive ? source.line(n) : null;
            if (line != null && MarkdownTable.isRow(line)) {
                table.add(line);
                last = line;
                continue;
            }
            if (!table.isEmpty()) {
                guidance.addAll(
                        rows(kind, MarkdownTable.read(source.fileName(), table), firstNumber + guidance.size()));
                table.clear();
            }
            if (line != null && !line.isBlank()) {
                note = note.append("\n\n", SheetMarkup.plain(MappedText.of(line)));
                last = line;
            }
        }
        if (last == heading) {
            throw CorpusException.at(
                    source.fileName(),
                    heading.number(),
                    "expected a table of guidance or a sentence under '" + kind.heading() + "'");
        }
        return new GuidanceSection(
                kind, List.copyOf(guidance), note.isEmpty() ? null : note.text(), source.span(heading, last));
    }

    private List<Guidance> rows(GuidanceSource kind, MarkdownTable table, int firstNumber) {
        int sourceColumn = table.column(SOURCE_COLUMN);
        int guidanceColumn = table.column(GUIDANCE_COLUMN);
        if (sourceColumn < 0 || guidanceColumn < 0) {
            throw CorpusException.at(
                    source.fileName(),
                    table.headerLine().number(),
                    "expected a table header with the "
                            + "columns '" + SOURCE_COLUMN + "' and '" + GUIDANCE_COLUMN + "', found '"
                            + table.headerLine().text().strip() + "'");
        }
        List<Guidance> rows = new ArrayList<>();
        for (MarkdownTable.Row row : table.rows()) {
            Line line = row.line();
            String cell = InlineMarkup.plainString(row.cells().get(sourceColumn).text());
            Matcher m = SOURCE.matcher(cell);
            if (!m.matches()) {
                throw CorpusException.at(
                        source.fileName(),
                        line.number(),
                        "expected a source of the form " + SOURCE_FORM + ", found '" + cell + "'");
            }
            MappedText text = SheetMarkup.plain(row.cells().get(guidanceColumn));
            if (text.isEmpty()) {
                throw CorpusException.at(
                        source.fileName(),
                        line.number(),
                        "expected the text of the guidance in the column '" + GUIDANCE_COLUMN + "'");
            }
            rows.add(new Guidance(
                    firstNumber + rows.size(),
                    kind,
                    m.group("mandate"),
                    Integer.parseInt(m.group("year")),
                    m.group("symbol"),
                    m.group("paragraph").strip(),
                    text,
                    Span.of(line, line, source.fileName())));
        }
        return rows;
    }
}

package org.gcmkg.extract.quno;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gcmkg.corpus.CorpusException;
import org.gcmkg.corpus.Line;
import org.gcmkg.corpus.MappedText;
import org.gcmkg.extract.InlineMarkup;

/**
 * A Markdown table as the conversion writes it, one row a line: a header row, a separator row ({@code |---|---|}),
 * then data rows. Cells are split on the pipes that are not escaped, so a cell may hold brackets ("(para.50(b))").
 */
final class MarkdownTable {
    private static final Pattern SEPARATOR_CELL = Pattern.compile("\\s*:?-+:?\\s*");
    private static final Pattern ESCAPED_PIPE = Pattern.compile("\\\\(\\|)");

    /** A data row: its line and its cells as written, mapped to the file. */
    record Row(Line line, List<MappedText> cells) {}

    private final Line headerLine;
    private final List<String> header;
    private final List<Row> rows;

    private MarkdownTable(Line headerLine, List<String> header, List<Row> rows) {
        this.headerLine = headerLine;
        this.header = header;
        this.rows = rows;
    }

    static boolean isRow(Line line) {
        return line.text().stripLeading().startsWith("|");
    }

    /** The table of the consecutive rows {@code lines}. */
    static MarkdownTable read(String fileName, List<Line> lines) {
        Line headerLine = lines.get(0);
        List<String> header = cells(headerLine).stream()
                .map(c -> InlineMarkup.plainString(c.text()))
                .toList();
        if (lines.size() < 2 || !isSeparator(cells(lines.get(1)), header.size())) {
            int n = lines.size() < 2 ? headerLine.number() + 1 : lines.get(1).number();
            throw CorpusException.at(
                    fileName,
                    n,
                    "expected a separator row of " + header.size() + " cells ('|---|') under the table header '"
                            + headerLine.text().strip() + "'");
        }
        List<Row> rows = new ArrayList<>();
        for (Line line : lines.subList(2, lines.size())) {
            List<MappedText> cells = cells(line);
            if (cells.size() != header.size()) {
                throw CorpusException.at(
                        fileName,
                        line.number(),
                        "expected a table row of " + header.size() + " cells (" + String.join(" | ", header)
                                + "), found " + cells.size());
            }
            rows.add(new Row(line, cells));
        }
        return new MarkdownTable(headerLine, header, List.copyOf(rows));
    }

    Line headerLine() {
        return headerLine;
    }

    /** The index of the column headed {@code name} (in any case), or -1. */
    int column(String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    List<Row> rows() {
        return rows;
    }

    private static boolean isSeparator(List<MappedText> cells, int columns) {
        return cells.size() == columns
                && cells.stream().allMatch(c -> SEPARATOR_CELL.matcher(c.text()).matches());
    }

    /** The cells between the pipes of {@code line}; a last cell needs no closing pipe. */
    private static List<MappedText> cells(Line line) {
        String text = line.text();
        List<Integer> pipes = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '|' && (i == 0 || text.charAt(i - 1) != '\\')) {
                pipes.add(i);
            }
        }
        if (!text.substring(pipes.get(pipes.size() - 1) + 1).isBlank()) {
            pipes.add(text.length());
        }
        List<MappedText> cells = new ArrayList<>();
        for (int i = 0; i + 1 < pipes.size(); i++) {
            cells.add(MappedText.of(line, pipes.get(i) + 1, pipes.get(i + 1)).replaceAll(ESCAPED_PIPE, 1));
        }
        return cells;
    }
}

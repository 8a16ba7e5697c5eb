package org.gcmkg.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One of the project's data files in tab-separated columns (registries, reference data, crosswalks): its rows are
 * the lines that are neither blank nor comments ({@code #} first), each with its line number so that an error can
 * name it. The readers of the files check the columns themselves; this only splits them.
 */
public record TabSeparated(String file, List<Row> rows) {
    /** A line of the file by its 1-based number, and its columns, empty ones included. */
    public record Row(int line, List<String> columns) {
        public Row {
            columns = List.copyOf(columns);
        }

        /** The line as the file has it. */
        public String text() {
            return String.join("\t", columns);
        }
    }

    public TabSeparated {
        rows = List.copyOf(rows);
    }

    /** The classpath resource {@code path} ("/link/actors.tsv"), which also names it in errors. */
    public static TabSeparated resource(String path) {
        try (InputStream in = TabSeparated.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the classpath");
            }
            return of(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TabSeparated of(String file, String text) {
        return of(file, text.lines().toList());
    }

    public static TabSeparated of(String file, List<String> lines) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isBlank() && !line.startsWith("#")) {
                rows.add(new Row(i + 1, Arrays.asList(line.split("\t", -1))));
            }
        }
        return new TabSeparated(file, rows);
    }

    /**
     * The failure "file:line: expected ..." for a row that is not what its reader expects. The files ship with the
     * code, so a malformed one is a defect of the build rather than bad input: an IllegalStateException.
     */
    public IllegalStateException error(Row row, String expectation) {
        return new IllegalStateException(file + ":" + row.line() + ": expected " + expectation);
    }

    /** The row's columns, failing with "file:line: expected {@code form}" where there are not {@code count}. */
    public List<String> columns(Row row, int count, String form) {
        if (row.columns().size() != count) {
            throw error(row, form);
        }
        return row.columns();
    }
}

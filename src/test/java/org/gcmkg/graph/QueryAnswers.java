package org.gcmkg.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.gcmkg.CorpusGraph;
import org.gcmkg.ResultRows;

/** The answers of the query files in queries/ on the shared graph of data/corpus ({@link CorpusGraph}). */
final class QueryAnswers {
    private QueryAnswers() {}

    /** Each row as its values (URIs, or literals' lexical forms) joined by " | ", in the query's variable order. */
    static List<String> rows(String file) {
        String sparql;
        try {
            sparql = Files.readString(Path.of("queries", file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return select(sparql);
    }

    /** The rows of a SELECT (gcm:, dcterms: and the project's other prefixes known) as {@link #rows} gives them. */
    static List<String> select(String sparql) {
        try (QueryExecution exec = QueryExecution.dataset(CorpusGraph.get())
                .query(Queries.parse(sparql))
                .build()) {
            return ResultRows.of(exec.execSelect());
        }
    }

    /** The solutions of a SELECT, read to the end. */
    static List<QuerySolution> solutions(String sparql) {
        try (QueryExecution exec = QueryExecution.dataset(CorpusGraph.get())
                .query(Queries.parse(sparql))
                .build()) {
            List<QuerySolution> rows = new ArrayList<>();
            exec.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    static List<String> column(List<String> rows, int index) {
        return rows.stream().map(r -> r.split(" \\| ", -1)[index]).toList();
    }
}

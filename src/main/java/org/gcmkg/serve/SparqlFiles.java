package org.gcmkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;

/**
 * The queries behind the pages, as files in the jar ({@code serve/sparql/NAME.rq}); a page binds their parameters
 * with {@link ParameterizedSparqlString}, never by pasting text into them.
 */
final class SparqlFiles {
    private SparqlFiles() {}

    /** The text of {@code serve/sparql/NAME.rq}. */
    static String text(String name) {
        String resource = "/serve/sparql/" + name + ".rq";
        try (InputStream in = SparqlFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code serve/sparql/NAME.rq}, ready for its parameters. */
    static ParameterizedSparqlString query(String name) {
        return new ParameterizedSparqlString(text(name));
    }

    /** Runs a SELECT on {@code graph} (in the caller's read transaction) and returns its rows. */
    static List<QuerySolution> select(Graph graph, ParameterizedSparqlString query) {
        try (QueryExecution exec = QueryExecution.model(ModelFactory.createModelForGraph(graph))
                .query(query.asQuery())
                .build()) {
            ResultSet results = exec.execSelect();
            List<QuerySolution> rows = new ArrayList<>();
            results.forEachRemaining(rows::add);
            return rows;
        }
    }
}

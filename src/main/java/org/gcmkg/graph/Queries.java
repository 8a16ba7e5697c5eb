package org.gcmkg.graph;

import java.util.function.Consumer;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;

/** Parses SPARQL with the graph's prefixes predeclared, so short queries need no PREFIX lines. */
public final class Queries {
    private Queries() {}

    public static Query parse(String sparql) {
        Query query = new Query();
        Namespaces.setPrefixes(query.getPrefixMapping());
        return QueryFactory.parse(query, sparql, null, Syntax.syntaxARQ);
    }

    /** Runs the SELECT query {@code sparql} on {@code model}, giving each of its rows in order to {@code row}. */
    public static void select(Model model, String sparql, Consumer<QuerySolution> row) {
        try (QueryExecution exec =
                QueryExecution.model(model).query(parse(sparql)).build()) {
            exec.execSelect().forEachRemaining(row);
        }
    }
}

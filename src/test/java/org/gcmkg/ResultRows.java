package org.gcmkg;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;

/** SPARQL results as tests compare them: each row its values (URIs, or literals' lexical forms) joined by " | ". */
public final class ResultRows {
    private ResultRows() {}

    public static List<String> of(ResultSet results) {
        List<String> rows = new ArrayList<>();
        while (results.hasNext()) {
            QuerySolution row = results.next();
            List<String> values = new ArrayList<>();
            for (String var : results.getResultVars()) {
                RDFNode node = row.get(var);
                values.add(
                        node == null ? "" : node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString());
            }
            rows.add(String.join(" | ", values));
        }
        return rows;
    }
}

package org.gcmkg.graph;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;

/** Parses SPARQL with the graph's prefixes predeclared, so short queries need no PREFIX lines. */
public final class Queries {
    private Queries() {}

    public static Query parse(String sparql) {
        Query query = new Query();
        Namespaces.setPrefixes(query.getPrefixMapping());
        return QueryFactory.parse(query, sparql, null, Syntax.syntaxARQ);
    }
}

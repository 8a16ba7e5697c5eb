package org.gcmkg.serve;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's SPARQL query operation with this server's limits: a query that names a SERVICE endpoint the
 * {@link ServicePolicy} refuses is answered 403 before it runs, and a SELECT, CONSTRUCT or DESCRIBE without a LIMIT,
 * or with a larger one, runs with {@code LIMIT resultLimit}; the response then says so in {@value #LIMIT_HEADER}.
 */
final class LimitedQuery extends SPARQL_QueryDataset {
    static final String LIMIT_HEADER = "X-Result-Limit";

    private final ServicePolicy services;
    private final long resultLimit;

    /** @param resultLimit 0 or less for no cap */
    LimitedQuery(ServicePolicy services, long resultLimit) {
        this.services = services;
        this.resultLimit = resultLimit;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        try {
            services.check(query);
        } catch (QueryDeniedException e) {
            ServletOps.error(HttpServletResponse.SC_FORBIDDEN, e.getMessage());
        }
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> chosen = super.decideDataset(action, query, queryStringLog);
        Query q = chosen.getRight() == null ? query : chosen.getRight();
        boolean capped = q.isSelectType() || q.isConstructType() || q.isDescribeType() || q.isJsonType();
        if (resultLimit > 0 && capped && (!q.hasLimit() || q.getLimit() > resultLimit)) {
            // The query was parsed for this request alone: capped in place rather than copied.
            q.setLimit(resultLimit);
            action.setResponseHeader(LIMIT_HEADER, Long.toString(resultLimit));
        }
        return Pair.create(chosen.getLeft(), q);
    }
}

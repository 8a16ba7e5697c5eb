package org.gcmkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.QueryFactory;

/**
 * The query editor at {@code /query} (template {@code query}, script {@code editor.js}), on {@code /gcm}: opened on
 * {@code ?query=TEXT}, on one of the project's queries ({@code ?example=NAME}), or on the project's prefixes; with
 * {@code &run} it runs the query as it opens. Results come as a table, or as CSV or JSON from the endpoint itself.
 * It offers nothing a read-only server cannot do.
 */
final class QueryEditorServlet extends HttpServlet {
    /** A prefix and its namespace. */
    record Prefix(String name, String namespace) {}

    private final ProjectQueries queries;
    private final String endpoint;
    private final String newQuery;
    private final List<Prefix> prefixes;

    QueryEditorServlet(ProjectQueries queries, String datasetName) {
        this.queries = queries;
        this.endpoint = datasetName + "/sparql";
        this.newQuery = SparqlFiles.text("new-query");
        // The prefixes it declares are those listed beside the editor.
        this.prefixes = QueryFactory.create(newQuery).getPrefixMapping().getNsPrefixMap().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new Prefix(e.getKey(), e.getValue()))
                .toList();
    }

    record Model(
            String text,
            String question,
            String exampleName,
            boolean autorun,
            String endpoint,
            List<ProjectQueries.ProjectQuery> examples,
            List<Prefix> prefixes) {
        public String title() {
            return "SPARQL query";
        }

        public String searchText() {
            return "";
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String text = request.getParameter("query");
        String example = request.getParameter("example");
        String question = null;
        int status = HttpServletResponse.SC_OK;
        if (text == null && example != null) {
            Optional<ProjectQueries.ProjectQuery> q = queries.named(example);
            if (q.isPresent()) {
                text = q.get().text();
                question = q.get().question();
            } else {
                status = HttpServletResponse.SC_NOT_FOUND;
                question = "There is no example query " + example + ".";
            }
        }
        boolean autorun = request.getParameter("run") != null && text != null;
        Html.send(
                response,
                status,
                "query",
                new Model(
                        text == null ? newQuery : text,
                        question,
                        status == HttpServletResponse.SC_OK ? example : null,
                        autorun,
                        endpoint,
                        queries.all(),
                        prefixes));
    }
}

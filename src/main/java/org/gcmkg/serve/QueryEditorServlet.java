package org.gcmkg.serve;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.gcmkg.graph.GCM;
import org.gcmkg.graph.PROV;
import org.gcmkg.graph.SDGO;
import org.gcmkg.graph.Uris;

/**
 * The query editor at {@code /query} (template {@code query}, script {@code editor.js}), on {@code /gcm}: opened on
 * {@code ?query=TEXT}, on one of the project's queries ({@code ?example=NAME}), or on the project's prefixes; with
 * {@code &run} it runs the query as it opens. Results come as a table, or as CSV or JSON from the endpoint itself.
 * It offers nothing a read-only server cannot do.
 */
final class QueryEditorServlet extends HttpServlet {
    /** The prefixes a new query starts with. */
    static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("gcm", GCM.NS)
            .setNsPrefix("sdg", Uris.UN_SDG)
            .setNsPrefix("sdgo", SDGO.NS)
            .setNsPrefix("skos", SKOS.getURI())
            .setNsPrefix("dcterms", DCTerms.getURI())
            .setNsPrefix("prov", PROV.getURI())
            .setNsPrefix("rdfs", RDFS.getURI())
            .setNsPrefix("text", "http://jena.apache.org/text#")
            .lock();

    /** The order they are declared and listed in. */
    private static final List<String> ORDER = List.of("gcm", "sdg", "sdgo", "skos", "dcterms", "prov", "rdfs", "text");

    /** A prefix and its namespace. */
    record Prefix(String name, String namespace) {
    }

    private final ProjectQueries queries;
    private final String endpoint;
    private final String newQuery;

    QueryEditorServlet(ProjectQueries queries, String datasetName) {
        this.queries = queries;
        this.endpoint = datasetName + "/sparql";
        StringBuilder text = new StringBuilder();
        for (String prefix : ORDER) {
            text.append(String.format("PREFIX %-8s <%s>%n", prefix + ":", PREFIXES.getNsPrefixURI(prefix)));
        }
        text.append(SparqlFiles.text("new-query"));
        this.newQuery = text.toString();
    }

    record Model(String text, String question, String exampleName, boolean autorun, String endpoint,
                 List<ProjectQueries.ProjectQuery> examples, List<Prefix> prefixes) {
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
        List<Prefix> prefixes = ORDER.stream().map(p -> new Prefix(p, PREFIXES.getNsPrefixURI(p))).toList();
        Html.send(response, status, "query", new Model(text == null ? newQuery : text, question,
                status == HttpServletResponse.SC_OK ? example : null, autorun, endpoint, queries.all(), prefixes));
    }
}

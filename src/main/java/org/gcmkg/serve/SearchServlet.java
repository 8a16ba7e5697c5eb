package org.gcmkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.vocabulary.RDF;

/**
 * {@code /search?q=...}: the full-text index, for people (template {@code search}). Lucene query syntax
 * ({@code "a phrase"}, {@code matr*}, {@code consular AND id}); one line per resource, best match first, with the text
 * that matched.
 */
final class SearchServlet extends HttpServlet {
    static final int MAX_HITS = 200;
    static final int MAX_RESOURCES = 50;
    static final int SNIPPET = 300;

    private static final String SEARCH_QUERY = """
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?resource ?label ?score ?matched WHERE {
              (?resource ?score ?matched) text:query ?q .
              OPTIONAL { ?resource rdfs:label ?label }
            } ORDER BY DESC(?score)""";

    private final Site site;

    SearchServlet(Site site) {
        this.site = site;
    }

    /** What the template shows: no query, a query that could not be read, or the resources found. */
    record Model(String q, String error, List<Hit> hits, boolean capped, String sparqlHref) {
        public String title() {
            return q.isEmpty() ? "Search" : "Search: " + q;
        }

        public String searchText() {
            return q;
        }

        public boolean intro() {
            return q.isEmpty();
        }

        public boolean results() {
            return !q.isEmpty() && error == null;
        }
    }

    /** A resource found: its link, its types, and the texts of it that matched. */
    record Hit(PageLink link, List<String> types, List<String> snippets) {}

    /** The SPARQL that does the same search, to show in the query editor. */
    static String sparql(String q) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(SEARCH_QUERY);
        query.setLiteral("q", q);
        return query.toString();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String q = request.getParameter("q");
        q = q == null ? "" : q.strip();
        if (q.isEmpty()) {
            Html.send(response, HttpServletResponse.SC_OK, "search", new Model("", null, List.of(), false, null));
            return;
        }
        List<TextHit> hits;
        try {
            hits = site.textIndex().query((Node) null, q, null, null, MAX_HITS);
        } catch (QueryParseException e) {
            Html.send(
                    response,
                    HttpServletResponse.SC_BAD_REQUEST,
                    "search",
                    new Model(q, e.getMessage(), List.of(), false, null));
            return;
        }
        String query = q;
        Model model = site.read(graph -> results(graph, query, hits));
        Html.send(response, HttpServletResponse.SC_OK, "search", model);
    }

    private Model results(Graph graph, String q, List<TextHit> hits) {
        // Hits come best first, one per matching literal; a resource is listed once, at its best.
        Map<Node, List<String>> matches = new LinkedHashMap<>();
        for (TextHit hit : hits) {
            if (hit.getNode() == null || !hit.getNode().isURI()) {
                continue;
            }
            List<String> texts = matches.get(hit.getNode());
            if (texts == null) {
                if (matches.size() == MAX_RESOURCES) {
                    continue;
                }
                texts = new ArrayList<>();
                matches.put(hit.getNode(), texts);
            }
            if (hit.getLiteral() != null && hit.getLiteral().isLiteral()) {
                String text = hit.getLiteral().getLiteralLexicalForm();
                if (!texts.contains(text)) {
                    texts.add(text);
                }
            }
        }
        List<Hit> found = new ArrayList<>();
        matches.forEach((node, texts) -> {
            List<String> types = new ArrayList<>();
            for (Triple t : graph.find(node, RDF.type.asNode(), Node.ANY).toList()) {
                types.add(Labels.name(graph, t.getObject()));
            }
            found.add(new Hit(
                    PageLink.of(graph, node),
                    types,
                    texts.stream().map(t -> Html.shorten(t, SNIPPET)).toList()));
        });
        return new Model(q, null, found, found.size() == MAX_RESOURCES, Html.editorLink(sparql(q)));
    }
}

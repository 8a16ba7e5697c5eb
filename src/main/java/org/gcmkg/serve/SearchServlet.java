package org.gcmkg.serve;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.vocabulary.RDF;

/**
 * {@code /search?q=...}: the full-text index, for people. Lucene query syntax ({@code "a phrase"}, {@code matr*},
 * {@code consular AND id}); one line per resource, best match first, with the text that matched.
 */
final class SearchServlet extends HttpServlet {
    static final int MAX_HITS = 200;
    static final int MAX_RESOURCES = 50;
    static final int SNIPPET = 300;

    private final Site site;

    SearchServlet(Site site) {
        this.site = site;
    }

    /** The SPARQL that does the same search, to show in the query UI. */
    static String sparql(String q) {
        return "PREFIX text: <http://jena.apache.org/text#>\n"
                + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + "SELECT ?resource ?label ?score ?matched WHERE {\n"
                + "  (?resource ?score ?matched) text:query \"" + q.replace("\\", "\\\\").replace("\"", "\\\"")
                + "\" .\n"
                + "  OPTIONAL { ?resource rdfs:label ?label }\n"
                + "} ORDER BY DESC(?score)";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String q = request.getParameter("q");
        q = q == null ? "" : q.strip();
        if (q.isEmpty()) {
            Html.send(response, HttpServletResponse.SC_OK, Html.page("Search", "", "", intro()));
            return;
        }
        List<TextHit> hits;
        try {
            hits = site.textIndex().query((Node) null, q, null, null, MAX_HITS);
        } catch (QueryParseException e) {
            String body = "<h1>Search</h1>\n<p>The search could not be read: " + Html.escape(e.getMessage()) + "</p>\n"
                    + "<p>Quote a phrase with <code>\"…\"</code>; put a backslash before "
                    + "<code>+ - ! ( ) { } [ ] ^ ~ * ? : /</code> to search for the character itself.</p>";
            Html.send(response, HttpServletResponse.SC_BAD_REQUEST, Html.page("Search", "", q, body));
            return;
        }
        String query = q;
        String page = site.read(graph -> results(graph, query, hits));
        Html.send(response, HttpServletResponse.SC_OK, page);
    }

    private String results(Graph graph, String q, List<TextHit> hits) {
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
        ResourcePage links = new ResourcePage(graph, site.sources, site.datasetName);
        StringBuilder body = new StringBuilder("<h1>Search: ").append(Html.escape(q)).append("</h1>\n");
        body.append("<p class=\"formats\">").append(matches.isEmpty() ? "Nothing found." : matches.size()
                + (matches.size() == MAX_RESOURCES ? "+" : "") + " resources.");
        body.append(" <a href=\"").append(Html.escape(Html.queryUiLink(site.datasetName, sparql(q))))
                .append("\">Run this search in SPARQL</a></p>\n<ol class=\"results\">\n");
        for (Map.Entry<Node, List<String>> e : matches.entrySet()) {
            body.append("<li>").append(links.link(e.getKey()));
            List<String> types = new ArrayList<>();
            for (Triple t : graph.find(e.getKey(), RDF.type.asNode(), Node.ANY).toList()) {
                types.add(Html.escape(Labels.name(graph, t.getObject())));
            }
            if (!types.isEmpty()) {
                body.append(" <span class=\"note\">").append(String.join(", ", types)).append("</span>");
            }
            for (String text : e.getValue()) {
                body.append("<div class=\"snippet\">").append(Html.escape(Html.shorten(text, SNIPPET)))
                        .append("</div>");
            }
            body.append("</li>\n");
        }
        body.append("</ol>\n");
        return Html.page("Search: " + q, "", q, body.toString());
    }

    private static String intro() {
        return "<h1>Search the GCM knowledge graph</h1>\n<p>Searches the labels, titles, descriptions and texts of the "
                + "graph: objectives, actions, examples, instruments, guidance, commitments, statements. Accents and "
                + "word endings do not matter (<code>matricula</code> finds <i>matrícula</i>, <code>migrant</code> "
                + "finds <i>migrants</i>); quote a phrase (<code>\"consular protection\"</code>), or use "
                + "<code>*</code> for the rest of a word. In SPARQL, the same index answers "
                + "<code>?s text:query \"…\"</code>.</p>";
    }
}

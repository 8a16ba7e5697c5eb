package org.gcmkg.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/** The HTML page of a resource: its statements, where it was read from, and what points to it. */
final class ResourcePage {
    /** Longest passage quoted in full; longer ones are cut, with the offsets to read the rest. */
    static final int MAX_QUOTE = 4_000;

    private final Graph graph;
    private final SourceTexts sources;
    private final String datasetName;

    ResourcePage(Graph graph, SourceTexts sources, String datasetName) {
        this.graph = graph;
        this.sources = sources;
        this.datasetName = datasetName;
    }

    /** Renders in the caller's read transaction: labels of linked resources are looked up as it goes. */
    String render(ResourceView view, String pagePath) {
        Node r = view.resource();
        String uri = r.getURI();
        String title = Labels.name(graph, r);
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(Html.escape(title)).append("</h1>\n");
        body.append("<p class=\"uri\"><code>").append(Html.escape(uri)).append("</code>");
        List<String> types = new ArrayList<>();
        for (Triple t : view.statements()) {
            if (t.getPredicate().equals(RDF.type.asNode()) && t.getObject().isURI()) {
                types.add(link(t.getObject()));
            }
        }
        if (!types.isEmpty()) {
            body.append(" · ").append(String.join(", ", types));
        }
        body.append("</p>\n");
        body.append(formats(pagePath, uri));

        body.append("<section>\n<h2>Statements</h2>\n");
        if (view.statements().isEmpty()) {
            body.append("<p>The graph says nothing about it as a subject; it is only linked to.</p>\n");
        } else {
            body.append(table(view.statements()));
        }
        body.append("</section>\n");

        if (!view.passages().isEmpty()) {
            body.append("<section>\n<h2>Where it comes from</h2>\n");
            for (ResourceView.Passage p : view.passages()) {
                body.append(passage(p));
            }
            body.append("</section>\n");
        }

        if (view.referrerCount() > 0) {
            body.append("<section>\n<h2>Linked from</h2>\n<table class=\"statements\">\n");
            for (Triple t : view.referrers()) {
                body.append("<tr><td>").append(link(t.getSubject())).append("</td><td>")
                        .append(link(t.getPredicate())).append("</td></tr>\n");
            }
            body.append("</table>\n");
            if (view.referrerCount() > view.referrers().size()) {
                String all = "SELECT ?resource ?property WHERE {\n  ?resource ?property <" + uri + ">\n}";
                body.append("<p>").append(view.referrers().size()).append(" of ").append(view.referrerCount())
                        .append(" shown; <a href=\"").append(Html.escape(Html.queryUiLink(datasetName, all)))
                        .append("\">list them all in SPARQL</a>.</p>\n");
            }
            body.append("</section>\n");
        }
        String head = alternates(pagePath);
        return Html.page(title, head, "", body.toString());
    }

    private String formats(String pagePath, String uri) {
        String query = "SELECT ?property ?value WHERE {\n  <" + uri + "> ?property ?value\n}";
        StringBuilder s = new StringBuilder("<p class=\"formats\">");
        s.append("<a href=\"").append(Html.escape(Html.queryUiLink(datasetName, query)))
                .append("\">Query this in SPARQL</a> · Data: ");
        List<String> links = new ArrayList<>();
        for (Representation rep : Representation.values()) {
            if (rep != Representation.HTML) {
                links.add("<a href=\"" + Html.escape(withFormat(pagePath, rep)) + "\">" + label(rep) + "</a>");
            }
        }
        s.append(String.join(", ", links)).append("</p>\n");
        return s.toString();
    }

    private static String alternates(String pagePath) {
        StringBuilder s = new StringBuilder();
        for (Representation rep : Representation.values()) {
            if (rep != Representation.HTML) {
                s.append("<link rel=\"alternate\" type=\"").append(rep.mediaType).append("\" href=\"")
                        .append(Html.escape(withFormat(pagePath, rep))).append("\">\n");
            }
        }
        return s.toString();
    }

    static String withFormat(String pagePath, Representation rep) {
        return pagePath + (pagePath.contains("?") ? "&" : "?") + "format=" + rep.parameter;
    }

    static String label(Representation rep) {
        return switch (rep) {
            case TURTLE -> "Turtle";
            case JSONLD -> "JSON-LD";
            case NTRIPLES -> "N-Triples";
            case RDFXML -> "RDF/XML";
            case HTML -> "HTML";
        };
    }

    private String table(List<Triple> statements) {
        Map<Node, List<Node>> byPredicate = new LinkedHashMap<>();
        for (Triple t : statements) {
            byPredicate.computeIfAbsent(t.getPredicate(), p -> new ArrayList<>()).add(t.getObject());
        }
        StringBuilder s = new StringBuilder("<table class=\"statements\">\n");
        for (Map.Entry<Node, List<Node>> e : byPredicate.entrySet()) {
            s.append("<tr><th scope=\"row\">").append(link(e.getKey())).append("</th><td>");
            List<Node> values = e.getValue();
            if (values.size() == 1) {
                s.append(value(values.get(0)));
            } else {
                s.append("<ul>");
                for (Node v : values) {
                    s.append("<li>").append(value(v)).append("</li>");
                }
                s.append("</ul>");
            }
            s.append("</td></tr>\n");
        }
        return s.append("</table>\n").toString();
    }

    private String value(Node v) {
        if (v.isURI()) {
            return link(v);
        }
        if (v.isLiteral()) {
            String lang = v.getLiteralLanguage();
            String text = "<span class=\"literal\">" + Html.escape(v.getLiteralLexicalForm()) + "</span>";
            if (!lang.isEmpty()) {
                return text + " <span class=\"note\">@" + Html.escape(lang) + "</span>";
            }
            String datatype = v.getLiteralDatatypeURI();
            if (datatype != null && !datatype.endsWith("#string") && !datatype.endsWith("#langString")) {
                return text + " <span class=\"note\">" + Html.escape(Labels.shortName(NodeFactory.createURI(datatype)))
                        + "</span>";
            }
            return text;
        }
        return Html.escape(v.toString());
    }

    /** A link to {@code node}, named by its label; its page here if it has one, else the IRI itself. */
    String link(Node node) {
        if (!node.isURI()) {
            return Html.escape(node.toString());
        }
        String href = Hrefs.of(graph, node);
        String name = Labels.name(graph, node);
        String a = "<a href=\"" + Html.escape(href) + "\" title=\"" + Html.escape(node.getURI()) + "\">"
                + Html.escape(name) + "</a>";
        if (href.startsWith(Hrefs.RESOURCE_PATH)) {
            a += " <a class=\"external\" href=\"" + Html.escape(node.getURI())
                    + "\" title=\"the publisher's page\">↗</a>";
        }
        return a;
    }

    private String passage(ResourceView.Passage p) {
        StringBuilder s = new StringBuilder("<div class=\"passage\">\n<p>");
        s.append(link(p.document())).append(" (<code>").append(Html.escape(p.fileName())).append("</code>), ");
        s.append(p.startLine() == p.endLine() ? "line " + p.startLine()
                : "lines " + p.startLine() + "–" + p.endLine());
        if (p.page() != null) {
            s.append(", page ").append(p.page());
        }
        s.append(", characters ").append(p.startOffset()).append("–").append(p.endOffset());
        s.append(" · <a href=\"").append(Html.escape(Hrefs.of(graph, p.uri()))).append("\">passage</a></p>\n");
        Optional<String> text = sources.passage(p.fileName(), p.startOffset(), p.endOffset());
        if (text.isPresent()) {
            s.append("<blockquote class=\"source\">").append(Html.escape(Html.shorten(text.get(), MAX_QUOTE)))
                    .append("</blockquote>\n");
        } else {
            s.append("<p class=\"note\">The source file is not available to this server.</p>\n");
        }
        return s.append("</div>\n").toString();
    }
}

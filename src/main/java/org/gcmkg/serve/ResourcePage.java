package org.gcmkg.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.vocabulary.RDF;
import org.gcmkg.graph.GCM;

/**
 * The HTML page of a resource (template {@code resource}): for an objective its actions and examples first; its
 * statements, where it was read from, and what points to it, grouped by property.
 */
record ResourcePage(Graph graph, SourceTexts sources) {
    /** Longest passage quoted in full; longer ones are cut, with the offsets to read the rest. */
    static final int MAX_QUOTE = 4_000;

    private static final String STATEMENTS_QUERY = "SELECT ?property ?value WHERE {\n  ?resource ?property ?value\n}";
    private static final String REFERRERS_QUERY = "SELECT ?resource WHERE {\n  ?resource ?property ?object\n}";

    /** What the template shows. */
    record Model(
            String title,
            String uri,
            List<PageLink> types,
            String queryHref,
            List<Format> formats,
            List<Part> parts,
            List<Addressed> addressedBy,
            List<Row> statements,
            List<Quote> passages,
            List<Group> linkedFrom) {
        public String searchText() {
            return "";
        }
    }

    /** A data format of the page, and its link. */
    record Format(String href, String label, String mediaType) {}

    /** An objective's actions or examples, in order (their labels give their letters and leads). */
    record Part(String heading, List<PageLink> items) {}

    /** The texts of one document kind that speak to an objective (gcm:addresses), with the words that link each. */
    record Addressed(String heading, List<Quoted> items) {}

    /** A text and the words of it that carry its link to the objective. */
    record Quoted(PageLink text, String words) {}

    /** One property of the resource and its values. */
    record Row(PageLink property, List<Value> values) {
        public boolean single() {
            return values.size() == 1;
        }
    }

    /** A value: a link, or a literal with its language or datatype as a note. */
    record Value(PageLink link, String literal, String note) {}

    /** A passage the resource was read from, with the text of the source when this server has it. */
    record Quote(
            PageLink document,
            String fileName,
            String lines,
            Integer page,
            int startOffset,
            int endOffset,
            String passageHref,
            String text) {}

    /** The resources that point to this one with {@code property}: how many, and the first of them in order. */
    record Group(PageLink property, long count, List<PageLink> resources, String allHref) {
        public boolean more() {
            return count > resources.size();
        }
    }

    /** Renders in the caller's read transaction: labels of linked resources are looked up as it goes. */
    String render(ResourceView view, String pagePath) {
        return Templates.render("resource", model(view, pagePath));
    }

    Model model(ResourceView view, String pagePath) {
        Node r = view.resource();
        List<PageLink> types = new ArrayList<>();
        for (Triple t : view.statements()) {
            if (t.getPredicate().equals(RDF.type.asNode()) && t.getObject().isURI()) {
                types.add(PageLink.of(graph, t.getObject()));
            }
        }
        List<Format> formats = new ArrayList<>();
        for (Representation rep : Representation.values()) {
            if (rep != Representation.HTML) {
                formats.add(new Format(withFormat(pagePath, rep), label(rep), rep.mediaType));
            }
        }
        ParameterizedSparqlString statementsQuery = new ParameterizedSparqlString(STATEMENTS_QUERY);
        statementsQuery.setIri("resource", r.getURI());
        return new Model(
                Labels.name(graph, r),
                r.getURI(),
                types,
                Html.editorLink(statementsQuery.toString()),
                formats,
                parts(view),
                addressedBy(view),
                rows(view.statements()),
                quotes(view),
                groups(view));
    }

    /** An objective's actions and examples, from what points to it with gcm:objective. */
    private List<Part> parts(ResourceView view) {
        if (!graph.contains(view.resource(), RDF.type.asNode(), GCM.Objective.asNode())) {
            return List.of();
        }
        List<Part> parts = new ArrayList<>();
        for (var kind :
                List.of(Map.entry("Actions", GCM.Action.asNode()), Map.entry("Examples", GCM.Example.asNode()))) {
            List<Node> members = graph.find(Node.ANY, GCM.objective.asNode(), view.resource())
                    .mapWith(Triple::getSubject)
                    .filterKeep(s -> s.isURI() && graph.contains(s, RDF.type.asNode(), kind.getValue()))
                    .toList();
            members.sort(Comparator.comparing(Node::getURI, NaturalOrder.TEXT));
            List<PageLink> items =
                    members.stream().map(m -> PageLink.of(graph, m)).toList();
            if (!items.isEmpty()) {
                parts.add(new Part(kind.getKey() + " (" + items.size() + ")", items));
            }
        }
        return parts;
    }

    /** What the 2017 dialogue and ICMPD's input say on an objective, in their documents' order. */
    private List<Addressed> addressedBy(ResourceView view) {
        if (!graph.contains(view.resource(), RDF.type.asNode(), GCM.Objective.asNode())) {
            return List.of();
        }
        ParameterizedSparqlString query = SparqlFiles.query("objective-addressed-by");
        query.setIri("objective", view.resource().getURI());
        Map<Boolean, List<QuerySolution>> byDocument = new LinkedHashMap<>();
        byDocument.put(true, new ArrayList<>());
        byDocument.put(false, new ArrayList<>());
        for (QuerySolution row : SparqlFiles.select(graph, query)) {
            boolean dialogue = !row.getResource("kind").getURI().equals(GCM.Commitment.getURI());
            byDocument.get(dialogue).add(row);
        }
        List<Addressed> sections = new ArrayList<>();
        byDocument.forEach((dialogue, rows) -> {
            if (rows.isEmpty()) {
                return;
            }
            rows.sort(Comparator.comparing(r -> r.getResource("text").getURI(), NaturalOrder.TEXT));
            List<Quoted> items = rows.stream()
                    .map(r -> new Quoted(
                            PageLink.of(
                                    graph,
                                    NodeFactory.createURI(r.getResource("text").getURI())),
                            r.getLiteral("quoted").getString()))
                    .toList();
            sections.add(new Addressed(
                    (dialogue ? "At the 2017 dialogue" : "In ICMPD's input") + " (" + items.size() + ")", items));
        });
        return sections;
    }

    private List<Row> rows(List<Triple> statements) {
        Map<Node, List<Node>> byPredicate = new LinkedHashMap<>();
        for (Triple t : statements) {
            byPredicate
                    .computeIfAbsent(t.getPredicate(), p -> new ArrayList<>())
                    .add(t.getObject());
        }
        List<Row> rows = new ArrayList<>();
        byPredicate.forEach((p, values) -> rows.add(
                new Row(PageLink.of(graph, p), values.stream().map(this::value).toList())));
        return rows;
    }

    private Value value(Node v) {
        if (v.isURI()) {
            return new Value(PageLink.of(graph, v), null, null);
        }
        if (v.isLiteral()) {
            String lang = v.getLiteralLanguage();
            if (!lang.isEmpty()) {
                return new Value(null, v.getLiteralLexicalForm(), "@" + lang);
            }
            String datatype = v.getLiteralDatatypeURI();
            if (datatype != null && !datatype.endsWith("#string") && !datatype.endsWith("#langString")) {
                return new Value(null, v.getLiteralLexicalForm(), Labels.shortName(NodeFactory.createURI(datatype)));
            }
            return new Value(null, v.getLiteralLexicalForm(), null);
        }
        return new Value(PageLink.of(graph, v), null, null);
    }

    private List<Quote> quotes(ResourceView view) {
        List<Quote> quotes = new ArrayList<>();
        for (ResourceView.Passage p : view.passages()) {
            String lines = p.startLine() == p.endLine()
                    ? "line " + p.startLine()
                    : "lines " + p.startLine() + "–" + p.endLine();
            String text = sources.passage(p.fileName(), p.startOffset(), p.endOffset())
                    .map(t -> Html.shorten(t, MAX_QUOTE))
                    .orElse(null);
            quotes.add(new Quote(
                    PageLink.of(graph, p.document()),
                    p.fileName(),
                    lines,
                    p.page(),
                    p.startOffset(),
                    p.endOffset(),
                    Hrefs.of(graph, p.uri()),
                    text));
        }
        return quotes;
    }

    /** What points to the resource, by property (the most used first), each group in natural order. */
    private List<Group> groups(ResourceView view) {
        Map<Node, List<Node>> bySubject = new LinkedHashMap<>();
        for (Triple t : view.referrers()) {
            bySubject.computeIfAbsent(t.getPredicate(), p -> new ArrayList<>()).add(t.getSubject());
        }
        List<Group> groups = new ArrayList<>();
        bySubject.forEach((property, subjects) -> {
            subjects.sort(Comparator.comparing(ResourcePage::sortKey, NaturalOrder.TEXT));
            ParameterizedSparqlString all = new ParameterizedSparqlString(REFERRERS_QUERY);
            all.setIri("property", property.getURI());
            all.setIri("object", view.resource().getURI());
            groups.add(new Group(
                    PageLink.of(graph, property),
                    view.referrersBy().get(property),
                    subjects.stream().map(s -> PageLink.of(graph, s)).toList(),
                    Html.editorLink(all.toString())));
        });
        groups.sort(Comparator.comparing((Group g) -> -g.count())
                .thenComparing(g -> g.property().name()));
        return groups;
    }

    private static String sortKey(Node node) {
        return node.isURI() ? node.getURI() : node.toString();
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
}

package org.gcmkg.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.gcmkg.graph.GCM;

/** The documentation page of the ontology: its classes, properties and individuals, each with an anchor. */
final class OntologyPage {
    private final Model ontology;
    private final ToLongFunction<Resource> instances;
    private final String datasetName;

    /** @param instances how many resources of a class the served graph has */
    OntologyPage(Model ontology, ToLongFunction<Resource> instances, String datasetName) {
        this.ontology = ontology;
        this.instances = instances;
        this.datasetName = datasetName;
    }

    String render() {
        Resource header = ontology.getResource(Hrefs.ONTOLOGY);
        String title = text(header, DCTerms.title, text(header, RDFS.label, "GCM ontology"));
        StringBuilder body = new StringBuilder("<h1>").append(Html.escape(title)).append("</h1>\n");
        body.append("<p class=\"uri\"><code>").append(Html.escape(Hrefs.ONTOLOGY)).append("</code> · namespace <code>")
                .append(Html.escape(GCM.NS)).append("</code> (prefix <code>gcm:</code>)");
        String version = text(header, OWL.versionInfo, null);
        if (version != null) {
            body.append(" · version ").append(Html.escape(version));
        }
        body.append("</p>\n<p class=\"formats\">The ontology as <a href=\"/ontology?format=ttl\">Turtle</a>, "
                + "<a href=\"/ontology?format=jsonld\">JSON-LD</a>, <a href=\"/ontology?format=nt\">N-Triples</a>, "
                + "<a href=\"/ontology?format=rdf\">RDF/XML</a>.</p>\n");
        String description = text(header, DCTerms.description, null);
        if (description != null) {
            body.append("<p class=\"literal\">").append(Html.escape(description)).append("</p>\n");
        }
        List<Resource> classes = terms(OWL.Class);
        List<Resource> properties = new ArrayList<>(terms(OWL.ObjectProperty));
        properties.addAll(terms(OWL.DatatypeProperty));
        properties.addAll(terms(RDF.Property));
        properties.sort(Comparator.comparing(Resource::getURI));
        List<Resource> individuals = terms(OWL.NamedIndividual);

        body.append("<nav class=\"toc\"><h2>Contents</h2>\n");
        toc(body, "Classes", classes);
        toc(body, "Properties", properties);
        toc(body, "Individuals", individuals);
        body.append("</nav>\n");

        body.append("<section>\n<h2>Classes</h2>\n");
        for (Resource c : classes) {
            body.append(term(c, List.of(RDFS.subClassOf)));
            long n = instances.applyAsLong(c);
            List<String> domainOf = new ArrayList<>();
            for (Resource p : properties) {
                if (mentions(p.getProperty(RDFS.domain), c)) {
                    domainOf.add(link(p));
                }
            }
            body.append("<dl>");
            if (!domainOf.isEmpty()) {
                body.append("<dt>properties</dt><dd>").append(String.join(", ", domainOf)).append("</dd>");
            }
            String list = "SELECT ?resource ?label WHERE {\n  ?resource a <" + c.getURI()
                    + "> .\n  OPTIONAL { ?resource <" + RDFS.label.getURI() + "> ?label }\n} ORDER BY ?resource";
            body.append("<dt>in the graph</dt><dd>").append(n).append(n == 1 ? " resource" : " resources");
            if (n > 0) {
                body.append(" · <a href=\"").append(Html.escape(Html.queryUiLink(datasetName, list)))
                        .append("\">list them in SPARQL</a>");
            }
            body.append("</dd></dl>\n</section>\n");
        }
        body.append("</section>\n<section>\n<h2>Properties</h2>\n");
        for (Resource p : properties) {
            body.append(term(p, List.of(RDF.type, RDFS.subPropertyOf, RDFS.domain, RDFS.range))).append("</section>\n");
        }
        body.append("</section>\n");
        if (!individuals.isEmpty()) {
            body.append("<section>\n<h2>Individuals</h2>\n");
            for (Resource i : individuals) {
                body.append(term(i, List.of(RDF.type))).append("</section>\n");
            }
            body.append("</section>\n");
        }
        return Html.page(title, "", "", body.toString());
    }

    private List<Resource> terms(Resource type) {
        return ontology.listSubjectsWithProperty(RDF.type, type).toList().stream()
                .filter(r -> r.isURIResource() && r.getURI().startsWith(GCM.NS))
                .sorted(Comparator.comparing(Resource::getURI)).toList();
    }

    private static void toc(StringBuilder body, String heading, List<Resource> terms) {
        if (terms.isEmpty()) {
            return;
        }
        body.append("<p><b>").append(heading).append(":</b> ");
        List<String> links = new ArrayList<>();
        for (Resource t : terms) {
            String local = t.getURI().substring(GCM.NS.length());
            links.add("<a href=\"#" + Html.escape(local) + "\">" + Html.escape(local) + "</a>");
        }
        body.append(String.join(", ", links)).append("</p>\n");
    }

    /** Opens the term's section: heading, comment, and the {@code facts} it has. The caller closes it. */
    private String term(Resource t, List<Property> facts) {
        String local = t.getURI().substring(GCM.NS.length());
        StringBuilder s = new StringBuilder("<section class=\"term\" id=\"").append(Html.escape(local)).append("\">\n");
        s.append("<h3>gcm:").append(Html.escape(local));
        String label = text(t, RDFS.label, null);
        if (label != null) {
            s.append(" <span class=\"note\">").append(Html.escape(label)).append("</span>");
        }
        s.append("</h3>\n<p class=\"uri\"><code>").append(Html.escape(t.getURI())).append("</code></p>\n");
        String comment = text(t, RDFS.comment, null);
        if (comment != null) {
            s.append("<p>").append(Html.escape(comment)).append("</p>\n");
        }
        StringBuilder dl = new StringBuilder();
        for (Property f : facts) {
            List<String> values = new ArrayList<>();
            for (Statement st : t.listProperties(f).toList()) {
                if (!(f.equals(RDF.type) && st.getObject().equals(OWL.NamedIndividual))) {
                    values.add(expression(st.getObject()));
                }
            }
            if (!values.isEmpty()) {
                dl.append("<dt>").append(factName(f)).append("</dt><dd>").append(String.join(", ", values))
                        .append("</dd>");
            }
        }
        if (dl.length() > 0) {
            s.append("<dl>").append(dl).append("</dl>\n");
        }
        return s.toString();
    }

    private static String factName(Property f) {
        if (f.equals(RDF.type)) {
            return "type";
        }
        if (f.equals(RDFS.subClassOf)) {
            return "subclass of";
        }
        if (f.equals(RDFS.subPropertyOf)) {
            return "subproperty of";
        }
        return f.getLocalName();
    }

    /** A class expression: a named class, or a union of them. */
    private String expression(RDFNode node) {
        if (node.isURIResource()) {
            return link(node.asResource());
        }
        if (node.isAnon() && node.asResource().hasProperty(OWL.unionOf)) {
            RDFList members = node.asResource().getPropertyResourceValue(OWL.unionOf).as(RDFList.class);
            List<String> names = new ArrayList<>();
            for (RDFNode m : members.asJavaList()) {
                names.add(expression(m));
            }
            return String.join(" or ", names);
        }
        return Html.escape(node.toString());
    }

    private static String link(Resource r) {
        String uri = r.getURI();
        String name = Labels.shortName(r.asNode());
        String href = uri.startsWith(GCM.NS) ? "#" + uri.substring(GCM.NS.length()) : uri;
        return "<a href=\"" + Html.escape(href) + "\" title=\"" + Html.escape(uri) + "\">" + Html.escape(name) + "</a>";
    }

    private static boolean mentions(Statement domain, Resource c) {
        if (domain == null) {
            return false;
        }
        RDFNode o = domain.getObject();
        if (o.equals(c)) {
            return true;
        }
        if (o.isAnon() && o.asResource().hasProperty(OWL.unionOf)) {
            return o.asResource().getPropertyResourceValue(OWL.unionOf).as(RDFList.class).contains(c);
        }
        return false;
    }

    private static String text(Resource r, Property p, String otherwise) {
        Statement s = r.getProperty(p, "en");
        if (s == null) {
            s = r.getProperty(p);
        }
        return s == null || !s.getObject().isLiteral() ? otherwise : s.getString();
    }
}

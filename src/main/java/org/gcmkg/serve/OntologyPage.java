package org.gcmkg.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;
import org.apache.jena.query.ParameterizedSparqlString;
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
    private final org.apache.jena.rdf.model.Model ontology;
    private final ToLongFunction<Resource> instances;

    /** @param instances how many resources of a class the served graph has */
    OntologyPage(org.apache.jena.rdf.model.Model ontology, ToLongFunction<Resource> instances) {
        this.ontology = ontology;
        this.instances = instances;
    }

    private static final String INSTANCES_QUERY = """
            SELECT ?resource ?label WHERE {
              ?resource a ?class .
              OPTIONAL { ?resource ?labelProperty ?label }
            } ORDER BY ?resource""";

    /** What the template {@code ontology} shows. */
    record Model(
            String title,
            String uri,
            String namespace,
            String version,
            String description,
            List<Toc> toc,
            List<Term> classes,
            List<Term> properties,
            List<Term> individuals) {
        public String searchText() {
            return "";
        }
    }

    /** One line of the contents: a heading and the terms' local names. */
    record Toc(String heading, List<String> names) {}

    /**
     * A term's section: its local name, label, IRI, comment and facts; for a class also its instances in the graph and
     * a query listing them.
     */
    record Term(
            String local, String label, String uri, String comment, List<Fact> facts, Long instances, String listHref) {
        public boolean hasInstances() {
            return instances != null && instances > 0;
        }

        public String resources() {
            return instances + (instances == 1 ? " resource" : " resources");
        }
    }

    /** A fact about a term: its name, and the terms (or unions of terms) it is about. */
    record Fact(String name, List<Expression> values) {}

    /** A class expression: a union of named terms (one term for a named class). */
    record Expression(List<PageLink> union) {}

    String render() {
        return Templates.render("ontology", model());
    }

    Model model() {
        Resource header = ontology.getResource(Hrefs.ONTOLOGY);
        String title = text(header, DCTerms.title, text(header, RDFS.label, "GCM ontology"));
        List<Resource> classes = terms(OWL.Class);
        List<Resource> properties = new ArrayList<>(terms(OWL.ObjectProperty));
        properties.addAll(terms(OWL.DatatypeProperty));
        properties.addAll(terms(RDF.Property));
        properties.sort(Comparator.comparing(Resource::getURI));
        List<Resource> individuals = terms(OWL.NamedIndividual);

        List<Toc> toc = new ArrayList<>();
        toc(toc, "Classes", classes);
        toc(toc, "Properties", properties);
        toc(toc, "Individuals", individuals);

        List<Term> classTerms = new ArrayList<>();
        for (Resource c : classes) {
            List<Fact> facts = new ArrayList<>(facts(c, List.of(RDFS.subClassOf)));
            List<Expression> domainOf = new ArrayList<>();
            for (Resource p : properties) {
                if (mentions(p.getProperty(RDFS.domain), c)) {
                    domainOf.add(new Expression(List.of(link(p))));
                }
            }
            if (!domainOf.isEmpty()) {
                facts.add(new Fact("properties", domainOf));
            }
            ParameterizedSparqlString list = new ParameterizedSparqlString(INSTANCES_QUERY);
            list.setIri("class", c.getURI());
            list.setIri("labelProperty", RDFS.label.getURI());
            classTerms.add(term(c, facts, instances.applyAsLong(c), Html.editorLink(list.toString())));
        }
        List<Term> propertyTerms = new ArrayList<>();
        for (Resource p : properties) {
            propertyTerms.add(
                    term(p, facts(p, List.of(RDF.type, RDFS.subPropertyOf, RDFS.domain, RDFS.range)), null, null));
        }
        List<Term> individualTerms = new ArrayList<>();
        for (Resource i : individuals) {
            individualTerms.add(term(i, facts(i, List.of(RDF.type)), null, null));
        }
        return new Model(
                title,
                Hrefs.ONTOLOGY,
                GCM.NS,
                text(header, OWL.versionInfo, null),
                text(header, DCTerms.description, null),
                toc,
                classTerms,
                propertyTerms,
                individualTerms);
    }

    private List<Resource> terms(Resource type) {
        return ontology.listSubjectsWithProperty(RDF.type, type).toList().stream()
                .filter(r -> r.isURIResource() && r.getURI().startsWith(GCM.NS))
                .sorted(Comparator.comparing(Resource::getURI))
                .toList();
    }

    private static void toc(List<Toc> toc, String heading, List<Resource> terms) {
        if (!terms.isEmpty()) {
            toc.add(new Toc(
                    heading,
                    terms.stream()
                            .map(t -> t.getURI().substring(GCM.NS.length()))
                            .toList()));
        }
    }

    private Term term(Resource t, List<Fact> facts, Long instanceCount, String listHref) {
        return new Term(
                t.getURI().substring(GCM.NS.length()),
                text(t, RDFS.label, null),
                t.getURI(),
                text(t, RDFS.comment, null),
                facts,
                instanceCount,
                listHref);
    }

    private List<Fact> facts(Resource t, List<Property> facts) {
        List<Fact> out = new ArrayList<>();
        for (Property f : facts) {
            List<Expression> values = new ArrayList<>();
            for (Statement st : t.listProperties(f).toList()) {
                if (!(f.equals(RDF.type) && st.getObject().equals(OWL.NamedIndividual))) {
                    values.add(new Expression(expression(st.getObject())));
                }
            }
            if (!values.isEmpty()) {
                out.add(new Fact(factName(f), values));
            }
        }
        return out;
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

    /** A class expression: a named class, or the members of a union of them. */
    private List<PageLink> expression(RDFNode node) {
        if (node.isURIResource()) {
            return List.of(link(node.asResource()));
        }
        if (node.isAnon() && node.asResource().hasProperty(OWL.unionOf)) {
            RDFList members =
                    node.asResource().getPropertyResourceValue(OWL.unionOf).as(RDFList.class);
            List<PageLink> names = new ArrayList<>();
            for (RDFNode m : members.asJavaList()) {
                names.addAll(expression(m));
            }
            return names;
        }
        return List.of(new PageLink(null, null, node.toString(), false));
    }

    private static PageLink link(Resource r) {
        String uri = r.getURI();
        String href = uri.startsWith(GCM.NS) ? "#" + uri.substring(GCM.NS.length()) : uri;
        return new PageLink(href, uri, Labels.shortName(r.asNode()), false);
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
            return o.asResource()
                    .getPropertyResourceValue(OWL.unionOf)
                    .as(RDFList.class)
                    .contains(c);
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

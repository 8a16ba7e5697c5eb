package org.gcmkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.gcmkg.graph.Ontology;

/**
 * {@code /ontology} answers for {@code https://w3id.org/gcm/ontology} and its terms ({@code ...ontology#Objective}):
 * the file {@code ontology/gcm.ttl} as it is for Turtle, converted for the other RDF forms, and a documentation page
 * for people. {@code /ontology/{version}} answers the same for the ontology's version IRI
 * ({@code https://w3id.org/gcm/ontology/0.1.0}); any other version is a 404: a server serves the ontology it was
 * built with.
 */
final class OntologyServlet extends HttpServlet {
    static final String PATH = "/ontology";

    private final byte[] turtle;
    /** The documentation page, rendered at its first request rather than at start-up. */
    private String page;

    private final Site site;
    /** The path of the version IRI, from the ontology read at the first request. */
    private String versionPath;

    OntologyServlet(Site site) throws IOException {
        this.site = site;
        try (InputStream in = Ontology.class.getResourceAsStream(Ontology.ONTOLOGY_RESOURCE)) {
            if (in == null) {
                throw new IOException(Ontology.ONTOLOGY_RESOURCE + " is missing from the classpath");
            }
            this.turtle = in.readAllBytes();
        }
    }

    /** The path of the ontology's owl:versionIRI under {@value #PATH}{@code /}, e.g. {@code 0.1.0}. */
    static String versionPath(Model model) {
        Resource onto = model.listResourcesWithProperty(RDF.type, OWL2.Ontology).next();
        Statement version = onto.getRequiredProperty(OWL2.versionIRI);
        String iri = version.getResource().getURI();
        String base = onto.getURI() + "/";
        if (!iri.startsWith(base)) {
            throw new IllegalStateException("the ontology's version IRI " + iri + " is not under " + base);
        }
        return iri.substring(base.length());
    }

    private synchronized String versionPath() {
        if (versionPath == null) {
            versionPath = "/" + versionPath(site.ontology());
        }
        return versionPath;
    }

    private synchronized String page() {
        if (page == null) {
            page = new OntologyPage(site.ontology(), c -> site.description().instances(c.asNode())).render();
        }
        return page;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String version = request.getPathInfo();
        String held = versionPath();
        if (version != null && !version.equals(held)) {
            RdfResponses.text(
                    response,
                    HttpServletResponse.SC_NOT_FOUND,
                    "No such version of the ontology: this server holds version " + held.substring(1) + " at " + PATH
                            + held);
            return;
        }
        Optional<Representation> rep = Representation.of(request);
        if (rep.isEmpty()) {
            RdfResponses.notAcceptable(response);
        } else if (rep.get() == Representation.HTML) {
            Html.send(response, HttpServletResponse.SC_OK, page());
        } else if (rep.get() == Representation.TURTLE) {
            RdfResponses.send(response, turtle, rep.get());
        } else {
            RdfResponses.send(response, site.ontology(), rep.get());
        }
    }
}

package org.gcmkg.serve;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;

/**
 * {@code /ontology/{version}} answers for the ontology's version IRI ({@code https://w3id.org/gcm/ontology/0.1.0}):
 * the same representations as {@code /ontology}, by the same content negotiation, for the version the server holds.
 * Any other version is a 404: a server serves the ontology it was built with.
 */
final class OntologyVersionServlet extends HttpServlet {
    static final String PREFIX = "/ontology/";

    private final HttpServlet ontology;
    private final String versionPath;

    /** @param ontology the servlet of {@code /ontology}, which answers for the version held */
    OntologyVersionServlet(HttpServlet ontology, Model model) {
        this.ontology = ontology;
        this.versionPath = versionPath(model);
    }

    /** The path of the ontology's owl:versionIRI under {@value #PREFIX}, e.g. {@code 0.1.0}. */
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

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String path = request.getPathInfo();
        if (path != null && path.equals("/" + versionPath)) {
            ontology.service(request, response);
        } else {
            RdfResponses.text(
                    response,
                    HttpServletResponse.SC_NOT_FOUND,
                    "No such version of the ontology: this " + "server holds version " + versionPath + " at " + PREFIX
                            + versionPath);
        }
    }
}

package org.gcmkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.gcmkg.graph.Ontology;

/**
 * {@code /ontology} answers for {@code https://w3id.org/gcm/ontology} and its terms ({@code ...ontology#Objective}):
 * the file {@code ontology/gcm.ttl} as it is for Turtle, converted for the other RDF forms, and a documentation page
 * for people.
 */
final class OntologyServlet extends HttpServlet {
    private final byte[] turtle;
    private final String page;
    private final Site site;

    OntologyServlet(Site site) throws IOException {
        this.site = site;
        try (InputStream in = Ontology.class.getResourceAsStream(Ontology.ONTOLOGY_RESOURCE)) {
            if (in == null) {
                throw new IOException(Ontology.ONTOLOGY_RESOURCE + " is missing from the classpath");
            }
            this.turtle = in.readAllBytes();
        }
        this.page = new OntologyPage(site.ontology, c -> site.description.instances(c.asNode())).render();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Representation> rep = Representation.of(request);
        if (rep.isEmpty()) {
            RdfResponses.notAcceptable(response);
        } else if (rep.get() == Representation.HTML) {
            Html.send(response, HttpServletResponse.SC_OK, page);
        } else if (rep.get() == Representation.TURTLE) {
            RdfResponses.send(response, turtle, rep.get());
        } else {
            RdfResponses.send(response, site.ontology, rep.get());
        }
    }
}

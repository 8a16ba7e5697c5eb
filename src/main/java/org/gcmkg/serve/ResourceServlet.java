package org.gcmkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.rdf.model.Model;
import org.gcmkg.graph.GCM;

/**
 * Dereferences the graph's IRIs: {@code /id/...} answers for {@code https://w3id.org/gcm/id/...}, and
 * {@code /resource?uri=...} for an IRI of another namespace that the graph describes (an SDG target, say). HTML for
 * people, Turtle, JSON-LD, N-Triples or RDF/XML for programs; an IRI the graph does not mention is a 404.
 */
final class ResourceServlet extends HttpServlet {
    private final Site site;

    /** Serves both {@code /id/*} and {@code /resource}, which it tells apart by the servlet path of a request. */
    ResourceServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String uri;
        String pagePath;
        if (request.getServletPath().equals(Hrefs.RESOURCE_PATH)) {
            uri = request.getParameter("uri");
            if (uri == null || uri.isBlank()) {
                RdfResponses.text(response, HttpServletResponse.SC_BAD_REQUEST, "Give the IRI to describe: ?uri=...");
                return;
            }
            pagePath = Hrefs.local(uri);
        } else {
            String path = request.getPathInfo();
            uri = GCM.ID + (path == null ? "" : path.substring(1));
            pagePath = request.getRequestURI();
        }
        try {
            if (!IRIx.create(uri).isAbsolute()) {
                throw new IRIException("not absolute");
            }
        } catch (IRIException e) {
            RdfResponses.text(response, HttpServletResponse.SC_BAD_REQUEST, "Not an IRI: " + uri);
            return;
        }
        Optional<Representation> rep = Representation.of(request);
        if (rep.isEmpty()) {
            RdfResponses.notAcceptable(response);
            return;
        }
        Node node = NodeFactory.createURI(uri);
        // Everything is read, and the HTML rendered, inside one read transaction.
        Optional<Answer> answer = site.read(graph -> ResourceView.describe(graph, node)
                .map(view -> rep.get() == Representation.HTML
                        ? new Answer(new ResourcePage(graph, site.sources()).render(view, pagePath), null)
                        : new Answer(null, view.rdf())));
        if (answer.isEmpty()) {
            notFound(response, rep.get(), uri);
        } else if (answer.get().page() != null) {
            Html.send(response, HttpServletResponse.SC_OK, answer.get().page());
        } else {
            RdfResponses.send(response, answer.get().rdf(), rep.get());
        }
    }

    /** An HTML page or an RDF model, whichever was asked for. */
    private record Answer(String page, Model rdf) {}

    static void notFound(HttpServletResponse response, Representation rep, String uri) throws IOException {
        if (rep == Representation.HTML) {
            Html.send(
                    response,
                    HttpServletResponse.SC_NOT_FOUND,
                    Html.notFound(uri, "The knowledge graph has no resource with this IRI."));
        } else {
            RdfResponses.text(
                    response, HttpServletResponse.SC_NOT_FOUND, "Not found: the graph has no resource <" + uri + ">");
        }
    }
}

package org.gcmkg.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.fuseki.main.FusekiServer;

/**
 * Answers a GET of a SPARQL query endpoint that carries no query with the endpoint's {@link ServiceDescription}
 * (Turtle unless asked otherwise), as the SPARQL 1.1 Service Description specification asks; a browser asking for
 * HTML is sent to the query editor instead. A request with a query goes on to the query operation.
 */
final class ServiceDescriptionFilter extends SelectiveFilter {
    /** Where people go: the query editor. */
    static final String EDITOR = "/query";
    /** The query endpoints of a dataset that describe themselves ({@code /NAME} itself is the Graph Store too). */
    private static final String[] ENDPOINTS = {"/sparql", "/query"};

    private final ServiceDescription description;
    private final PublicUrl publicUrl;

    ServiceDescriptionFilter(ServiceDescription description, PublicUrl publicUrl) {
        this.description = description;
        this.publicUrl = publicUrl;
    }

    /** Describes the query endpoints of the dataset served at {@code name}. */
    static void install(
            FusekiServer.Builder builder, String name, ServiceDescription description, ServerOptions options) {
        ServiceDescriptionFilter filter = new ServiceDescriptionFilter(description, new PublicUrl(options.publicUrl()));
        for (String endpoint : ENDPOINTS) {
            builder.addFilter(name + endpoint, filter);
        }
    }

    @Override
    void handle(HttpServletRequest http, HttpServletResponse httpResponse, FilterChain chain) throws IOException {
        // An Accept header that names no RDF syntax (e.g. only SPARQL results) still gets the description.
        Representation rep = Representation.of(http).orElse(Representation.TURTLE);
        if (rep == Representation.HTML) {
            httpResponse.setHeader("Vary", "Accept");
            httpResponse.setStatus(HttpServletResponse.SC_SEE_OTHER);
            httpResponse.setHeader("Location", EDITOR);
            return;
        }
        String base = publicUrl.base(http);
        String endpoint = base + http.getRequestURI();
        RdfResponses.send(httpResponse, description.model(endpoint, base), rep);
    }

    @Override
    boolean handles(HttpServletRequest request) {
        String method = request.getMethod();
        return ("GET".equals(method) || "HEAD".equals(method)) && request.getParameter("query") == null;
    }
}

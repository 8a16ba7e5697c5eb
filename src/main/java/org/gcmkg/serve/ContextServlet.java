package org.gcmkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.shared.PrefixMapping;
import org.gcmkg.graph.CompactJsonLd;
import org.gcmkg.graph.Namespaces;

/**
 * {@value #PATH}: the {@code @context} under which the server writes its JSON-LD (the dump and the pages carry it
 * inline), at a stable URL, so that a client can compact its own JSON-LD about the graph the same way or refer to it.
 */
final class ContextServlet extends HttpServlet {
    static final String PATH = "/context.jsonld";

    private final byte[] body;

    ContextServlet() {
        JsonObject document = new JsonObject();
        document.put("@context", CompactJsonLd.context(Namespaces.setPrefixes(PrefixMapping.Factory.create())));
        body = (document + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/ld+json;charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}

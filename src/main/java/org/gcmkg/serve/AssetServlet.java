package org.gcmkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The style sheet of the pages, from the jar ({@code serve/} on the classpath) at {@code /assets/...}. */
final class AssetServlet extends HttpServlet {
    private static final Map<String, String> ASSETS = Map.of("gcm.css", "text/css;charset=utf-8");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        String type = ASSETS.get(name);
        InputStream in = type == null ? null : AssetServlet.class.getResourceAsStream("/serve/" + name);
        if (in == null) {
            RdfResponses.text(response, HttpServletResponse.SC_NOT_FOUND, "Not found");
            return;
        }
        try (in) {
            byte[] bytes = in.readAllBytes();
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(type);
            response.setHeader("Cache-Control", "public, max-age=3600");
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        }
    }
}

package org.gcmkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * The pages' style sheet and scripts at {@code /assets/NAME}, all from the jar: the project's own
 * ({@code serve/assets/} on the classpath) and those of the webjars the pages use (CodeMirror for the query editor,
 * ECharts for the charts), at the version Maven put on the classpath. Nothing else is served.
 */
final class AssetServlet extends HttpServlet {
    private static final String CSS = "text/css;charset=utf-8";
    private static final String JS = "text/javascript;charset=utf-8";

    /** Name → classpath resource and media type. */
    private static final Map<String, Map.Entry<String, String>> ASSETS = Map.of(
            "gcm.css", Map.entry("/serve/assets/gcm.css", CSS),
            "editor.js", Map.entry("/serve/assets/editor.js", JS),
            "charts.js", Map.entry("/serve/assets/charts.js", JS),
            "codemirror.js", Map.entry(webjar("codemirror", "lib/codemirror.js"), JS),
            "codemirror.css", Map.entry(webjar("codemirror", "lib/codemirror.css"), CSS),
            "sparql.js", Map.entry(webjar("codemirror", "mode/sparql/sparql.js"), JS),
            "echarts.min.js", Map.entry(webjar("echarts", "dist/echarts.min.js"), JS));

    /** A file of the npm webjar {@code name}, at the version its pom.properties gives. */
    private static String webjar(String name, String file) {
        String properties = "/META-INF/maven/org.webjars.npm/" + name + "/pom.properties";
        try (InputStream in = AssetServlet.class.getResourceAsStream(properties)) {
            if (in == null) {
                throw new IllegalStateException("webjar " + name + " is missing from the classpath");
            }
            Properties p = new Properties();
            p.load(in);
            return "/META-INF/resources/webjars/" + name + "/" + p.getProperty("version") + "/" + file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Map.Entry<String, String> asset = ASSETS.get(name);
        InputStream in = asset == null ? null : AssetServlet.class.getResourceAsStream(asset.getKey());
        if (in == null) {
            RdfResponses.text(response, HttpServletResponse.SC_NOT_FOUND, "Not found");
            return;
        }
        try (in) {
            byte[] bytes = in.readAllBytes();
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(asset.getValue());
            response.setHeader("Cache-Control", "public, max-age=3600");
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        }
    }
}

package org.gcmkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gcmkg.store.Dump;

/** The dumps of the store's current generation at {@code /dumps/...}, and a page listing them at {@code /dumps/}. */
final class DumpServlet extends HttpServlet {
    static final String PREFIX = "/dumps/";

    private final Site site;

    DumpServlet(Site site) {
        this.site = site;
    }

    static String path(Dump dump) {
        return PREFIX + dump.fileName();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (name.isEmpty()) {
            Html.send(response, HttpServletResponse.SC_OK, listing());
            return;
        }
        Optional<Dump> dump = Dump.named(name);
        if (dump.isEmpty()) {
            RdfResponses.text(response, HttpServletResponse.SC_NOT_FOUND, "No dump " + name + "; see " + PREFIX);
            return;
        }
        Path file = site.store.dump(dump.get());
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(dump.get().mediaType() + (dump.get().compressed() ? "" : ";charset=utf-8"));
        response.setContentLengthLong(Files.size(file));
        // The dumps of a generation never change: the store's fingerprint names their version.
        response.setHeader("ETag", "\"" + site.store.info().fingerprint().substring(0, 16) + "\"");
        if ("HEAD".equals(request.getMethod())) {
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            in.transferTo(response.getOutputStream());
        }
    }

    private String listing() throws IOException {
        StringBuilder rows = new StringBuilder();
        for (Dump d : Dump.values()) {
            rows.append("<tr><td><a href=\"").append(path(d)).append("\">").append(d.fileName()).append("</a></td><td>")
                    .append(Html.escape(d.rdfMediaType())).append(d.compressed() ? ", gzip" : "")
                    .append("</td><td class=\"number\">").append(Files.size(site.store.dump(d)))
                    .append("</td></tr>\n");
        }
        String body = "<h1>Downloads</h1>\n<p>The whole graph, generated from the store built "
                + Html.escape(site.store.info().builtAt().toString()) + " (" + site.store.info().triples()
                + " triples). The triple formats hold the union of all graphs; TriG keeps one named graph per source "
                + "document and one for the ontology.</p>\n<table class=\"statements\">\n"
                + "<tr><th>file</th><th>format</th><th>bytes</th></tr>\n" + rows + "</table>\n";
        return Html.page("Downloads", "", "", body);
    }
}

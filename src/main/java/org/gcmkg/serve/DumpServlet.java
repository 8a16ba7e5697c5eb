package org.gcmkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
            Html.send(response, HttpServletResponse.SC_OK, "dumps", listing());
            return;
        }
        Optional<Dump> dump = Dump.named(name);
        if (dump.isEmpty()) {
            RdfResponses.text(response, HttpServletResponse.SC_NOT_FOUND, "No dump " + name + "; see " + PREFIX);
            return;
        }
        Path file = site.store().dump(dump.get());
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(dump.get().mediaType() + (dump.get().compressed() ? "" : ";charset=utf-8"));
        response.setContentLengthLong(Files.size(file));
        if ("HEAD".equals(request.getMethod())) {
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            in.transferTo(response.getOutputStream());
        }
    }

    /** What the template {@code dumps} shows. */
    record Listing(String builtAt, long triples, List<DumpFile> files) {
        public String title() {
            return "Downloads";
        }

        public String searchText() {
            return "";
        }
    }

    /** One dump: its path, name, format and size. */
    record DumpFile(String href, String name, String format, long bytes) {}

    private Listing listing() throws IOException {
        List<DumpFile> files = new ArrayList<>();
        for (Dump d : Dump.values()) {
            files.add(new DumpFile(
                    path(d),
                    d.fileName(),
                    d.rdfMediaType() + (d.compressed() ? ", gzip" : ""),
                    Files.size(site.store().dump(d))));
        }
        return new Listing(
                site.store().info().builtAt().toString(), site.store().info().triples(), files);
    }
}

package org.gcmkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/** The VoID and DCAT description of the dataset at {@code /.well-known/void}, Turtle unless asked otherwise. */
final class VoidServlet extends HttpServlet {
    static final String PATH = "/.well-known/void";

    private final Site site;

    VoidServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Representation> rep = Representation.of(request);
        if (rep.isEmpty()) {
            RdfResponses.notAcceptable(response);
            return;
        }
        String base = site.publicUrl().base(request);
        Model model = site.description().model(base, site.datasetName(), DumpServlet::path);
        if (rep.get() == Representation.HTML) {
            ByteArrayOutputStream turtle = new ByteArrayOutputStream();
            RDFDataMgr.write(turtle, model, RDFFormat.TURTLE_PRETTY);
            Html.send(
                    response,
                    HttpServletResponse.SC_OK,
                    "void",
                    new Description(turtle.toString(StandardCharsets.UTF_8)));
        } else {
            RdfResponses.send(response, model, rep.get());
        }
    }

    /** What the template {@code void} shows: the description as Turtle. */
    record Description(String turtle) {
        public String title() {
            return "Dataset description";
        }

        public String searchText() {
            return "";
        }
    }
}

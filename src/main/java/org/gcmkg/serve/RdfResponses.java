package org.gcmkg.serve;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shared.PrefixMapping;
import org.gcmkg.graph.CompactJsonLd;
import org.gcmkg.graph.Namespaces;

/** Answers with RDF, or with the plain-text errors of content negotiation. */
final class RdfResponses {
    private RdfResponses() {}

    static void send(HttpServletResponse response, Model model, Representation rep) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (rep == Representation.JSONLD) {
            // The graph's whole context, as /context.jsonld serves it, and the page's own prefixes, if any more.
            PrefixMapping prefixes =
                    Namespaces.setPrefixes(PrefixMapping.Factory.create().setNsPrefixes(model));
            CompactJsonLd.write(model.getGraph(), prefixes, out);
        } else {
            RDFDataMgr.write(out, model, rep.format);
        }
        send(response, out.toByteArray(), rep);
    }

    static void send(HttpServletResponse response, byte[] body, Representation rep) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(rep.mediaType + (rep == Representation.RDFXML ? "" : ";charset=utf-8"));
        response.setHeader("Vary", "Accept");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    static void notAcceptable(HttpServletResponse response) throws IOException {
        text(
                response,
                HttpServletResponse.SC_NOT_ACCEPTABLE,
                "Not acceptable: this is served as " + Representation.offered()
                        + " (or ?format=ttl|html|jsonld|nt|rdf)");
    }

    static void text(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.setHeader("Vary", "Accept");
        byte[] bytes = (message + "\n").getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}

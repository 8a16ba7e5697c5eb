package org.gcmkg.serve;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.RDFFormat;

/**
 * The forms in which a resource, the ontology or the dataset description is served, chosen by the request's
 * {@code Accept} header or, overriding it, a {@code ?format=} parameter (for links and for clients that cannot set
 * headers).
 */
enum Representation {
    // Order matters: for Accept: */* (curl, most RDF clients) the first wins.
    TURTLE("ttl", "text/turtle", RDFFormat.TURTLE_PRETTY),
    HTML("html", Html.MEDIA_TYPE, null),
    /** Written by {@link org.gcmkg.graph.CompactJsonLd}, streamed with Jackson. */
    JSONLD("jsonld", "application/ld+json", null),
    NTRIPLES("nt", "application/n-triples", RDFFormat.NTRIPLES_UTF8),
    RDFXML("rdf", "application/rdf+xml", RDFFormat.RDFXML_PRETTY);

    private static final String XHTML = "application/xhtml+xml";
    private static final String JSON = "application/json";

    final String parameter;
    final String mediaType;
    final RDFFormat format;

    Representation(String parameter, String mediaType, RDFFormat format) {
        this.parameter = parameter;
        this.mediaType = mediaType;
        this.format = format;
    }

    /** The representation asked for; empty when none of them is acceptable (406). */
    static Optional<Representation> of(HttpServletRequest request) {
        String format = request.getParameter("format");
        if (format != null) {
            for (Representation r : values()) {
                if (r.parameter.equals(format) || r.mediaType.equals(format)) {
                    return Optional.of(r);
                }
            }
            return Optional.empty();
        }
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return Optional.of(TURTLE);
        }
        MediaType chosen = AcceptList.match(new AcceptList(accept), offers());
        if (chosen == null) {
            return Optional.empty();
        }
        String type = chosen.getContentTypeStr();
        if (type.equals(XHTML)) {
            return Optional.of(HTML);
        }
        if (type.equals(JSON)) {
            return Optional.of(JSONLD);
        }
        for (Representation r : values()) {
            if (r.mediaType.equals(type)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    private static AcceptList offers() {
        String[] types = new String[values().length + 2];
        for (Representation r : values()) {
            types[r.ordinal()] = r.mediaType;
        }
        types[values().length] = XHTML;
        types[values().length + 1] = JSON;
        return AcceptList.create(types);
    }

    /** The media types offered, for a 406 answer. */
    static String offered() {
        StringBuilder s = new StringBuilder();
        for (Representation r : values()) {
            s.append(s.length() == 0 ? "" : ", ").append(r.mediaType);
        }
        return s.toString();
    }
}

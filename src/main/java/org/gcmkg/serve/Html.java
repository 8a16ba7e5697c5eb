package org.gcmkg.serve;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Sending the pages for people, rendered from {@link Templates}. Everything a page needs comes from this server;
 * nothing from a CDN.
 */
final class Html {
    static final String MEDIA_TYPE = "text/html";
    /** The query editor's path. */
    static final String EDITOR_PATH = "/query";

    private Html() {}

    /** {@code text} cut to at most {@code max} chars (never inside a surrogate pair), with "…" if it was cut. */
    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end) + "…";
    }

    /** {@code value} as one query parameter value, spaces as {@code %20} (which every client reads alike). */
    static String param(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A link that opens {@code sparql} in the query editor. */
    static String editorLink(String sparql) {
        return EDITOR_PATH + "?query=" + param(sparql);
    }

    static void send(HttpServletResponse response, int status, String page) throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE + ";charset=utf-8");
        response.setHeader("Vary", "Accept");
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** Renders template {@code name} with {@code model} and sends it. */
    static void send(HttpServletResponse response, int status, String name, Object model) throws IOException {
        send(response, status, Templates.render(name, model));
    }

    /** The model of a page saying that {@code what} is not here. */
    record NotFound(String what, String explanation) {
        public String title() {
            return "Not found";
        }

        public String searchText() {
            return "";
        }
    }

    static String notFound(String what, String explanation) {
        return Templates.render("not-found", new NotFound(what, explanation));
    }
}

package org.gcmkg.serve;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The pages for people: one layout (header with the search box, footer), text escaped everywhere it is inserted.
 * Everything a page needs comes from this server; nothing from a CDN.
 */
final class Html {
    static final String MEDIA_TYPE = "text/html";

    private Html() {
    }

    /** {@code text} safe to put in an element or a quoted attribute. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

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

    /** A link to run {@code sparql} in the query UI at {@code /}, on the dataset {@code datasetName}. */
    static String queryUiLink(String datasetName, String sparql) {
        return "/#/dataset/" + datasetName.substring(1) + "/query?query=" + param(sparql);
    }

    /** A complete page: {@code title} is text, {@code head} and {@code body} are markup. */
    static String page(String title, String head, String searchText, String body) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s – GCM knowledge graph</title>
                <link rel="stylesheet" href="/assets/gcm.css">
                %s</head>
                <body>
                <header class="site">
                <a class="home" href="/search">GCM knowledge graph</a>
                <nav><a href="/">SPARQL query</a><a href="/ontology">Ontology</a><a href="/dumps/">Downloads</a></nav>
                <form class="search" action="/search" method="get" role="search">
                <input type="search" name="q" value="%s" placeholder="Search labels, titles and texts"
                 aria-label="Search text">
                <button type="submit">Search</button>
                </form>
                </header>
                <main>
                %s
                </main>
                <footer>The knowledge graph of the Global Compact for Safe, Orderly and Regular Migration.
                <a href="/.well-known/void">Dataset description</a> ·
                <a href="/gcm/sparql">SPARQL endpoint</a></footer>
                </body>
                </html>
                """.formatted(escape(title), head, escape(searchText), body);
    }

    static void send(HttpServletResponse response, int status, String page) throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE + ";charset=utf-8");
        response.setHeader("Vary", "Accept");
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** A page saying that {@code what} is not here. */
    static String notFound(String what, String explanation) {
        return page("Not found", "", "", "<h1>Not found</h1>\n<p class=\"uri\"><code>" + escape(what)
                + "</code></p>\n<p>" + escape(explanation) + "</p>");
    }
}

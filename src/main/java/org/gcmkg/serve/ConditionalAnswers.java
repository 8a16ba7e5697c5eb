package org.gcmkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Validators and a result cache for what a store generation serves, which never changes while it is served: every
 * successful GET or HEAD of SPARQL results, pages and dumps carries an {@code ETag} computed from the generation and
 * the request (its path and query string, the {@code Accept} header, and the host names the server's own links are
 * made from), and {@code Cache-Control: public, max-age=0, must-revalidate}. A request whose {@code If-None-Match}
 * names that tag is answered {@code 304 Not Modified} without evaluating anything. Successful complete answers to
 * SPARQL queries by GET are kept in the generation's {@link ResultCache} and replayed.
 * <p>
 * A freshness lifetime of 0: a generation can be replaced at any moment ({@code serve --watch-store}), so every
 * reuse is revalidated, which costs a 304 and no evaluation; the tag names the generation, so a tag of the old one
 * never validates an answer of the new one. The tag is also different in another process (it takes a token of the
 * process), since the {@code /sdg} vocabulary may change between two runs on one generation.
 */
final class ConditionalAnswers implements Filter {
    static final String CACHE_CONTROL = "public, max-age=0, must-revalidate";
    /** Headers of a query answer that are replayed with it; the CORS and security headers are set anew. */
    private static final Set<String> REPLAYED = Set.of("x-result-limit", "vary");
    /** Headers the answer's servlet may not set while the answer is validated: the filter sets them. */
    private static final Set<String> OWN = Set.of("etag", "cache-control", "pragma", "expires");

    private static final String PROCESS = UUID.randomUUID().toString();

    private final String generation;
    private final Set<String> queryPaths;
    private final ResultCache cache;

    /**
     * @param generation what names the served data: the store generation and its fingerprint
     * @param queryPaths the paths of the SPARQL query endpoints, whose answers {@code cache} keeps
     */
    ConditionalAnswers(String generation, Set<String> queryPaths, ResultCache cache) {
        this.generation = generation + "\0" + PROCESS;
        this.queryPaths = Set.copyOf(queryPaths);
        this.cache = cache;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http)
                || !(response instanceof HttpServletResponse out)
                || !validated(http)) {
            chain.doFilter(request, response);
            return;
        }
        String key = key(http);
        String etag = "W/\"" + digest(key) + "\"";
        if (matches(http.getHeader("If-None-Match"), etag)) {
            out.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            out.setHeader("ETag", etag);
            out.setHeader("Cache-Control", CACHE_CONTROL);
            // Added, not set: the CORS filter's Vary (Origin) stands, as on the 200 answer.
            out.addHeader("Vary", "Accept");
            return;
        }
        boolean cached = cache.enabled()
                && "GET".equals(http.getMethod())
                && queryPaths.contains(http.getRequestURI())
                && http.getQueryString() != null
                && http.getParameter("query") != null;
        if (cached) {
            ResultCache.Answer answer = cache.get(key);
            if (answer != null) {
                replay(out, etag, answer);
                return;
            }
        }
        Validated validated = new Validated(out, etag, cached);
        chain.doFilter(request, validated);
        if (cached) {
            ResultCache.Answer answer = validated.answer();
            if (answer != null) {
                cache.put(key, answer);
            }
        }
    }

    /** GET and HEAD of everything but what changes while a generation is served, or sets its own caching. */
    private static boolean validated(HttpServletRequest http) {
        String method = http.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return false;
        }
        String path = http.getRequestURI();
        return !(path.equals("/health")
                || path.startsWith("/$/")
                || path.startsWith("/assets/")
                || path.startsWith("/static/"));
    }

    /** What the answer depends on besides the generation: GET and HEAD have the same representation. */
    private String key(HttpServletRequest http) {
        return String.join(
                "\n",
                generation,
                http.getRequestURI(),
                String.valueOf(http.getQueryString()),
                String.valueOf(http.getHeader("Accept")),
                String.valueOf(http.getHeader("Host")),
                String.valueOf(http.getHeader("X-Forwarded-Host")),
                String.valueOf(http.getHeader("X-Forwarded-Proto")),
                String.valueOf(http.getHeader("Forwarded")));
    }

    private static String digest(String key) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(sha, 18));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    /** Whether {@code ifNoneMatch} names {@code etag} (weak comparison, as RFC 9110 asks for If-None-Match). */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = opaque(etag);
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || opaque(t).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    private static void replay(HttpServletResponse out, String etag, ResultCache.Answer answer) throws IOException {
        out.setStatus(HttpServletResponse.SC_OK);
        for (Map.Entry<String, String> header : answer.headers()) {
            out.addHeader(header.getKey(), header.getValue());
        }
        out.setHeader("ETag", etag);
        out.setHeader("Cache-Control", CACHE_CONTROL);
        out.setContentType(answer.contentType());
        out.setContentLength(answer.body().length);
        out.getOutputStream().write(answer.body());
    }

    /**
     * The response with the validators, which it drops if the answer turns out not to be a success; with {@code
     * capture}, it also keeps a copy of the answer for the cache.
     */
    private static final class Validated extends HttpServletResponseWrapper {
        private boolean valid = true;
        private boolean capture;
        private final List<Map.Entry<String, String>> replayed = new ArrayList<>();
        private ByteArrayOutputStream copy;
        private ServletOutputStream stream;

        Validated(HttpServletResponse response, String etag, boolean capture) {
            super(response);
            this.capture = capture;
            response.setHeader("ETag", etag);
            response.setHeader("Cache-Control", CACHE_CONTROL);
        }

        /** The complete successful answer, if it was captured whole. */
        ResultCache.Answer answer() {
            if (!valid || !capture || copy == null || getStatus() != SC_OK || getContentType() == null) {
                return null;
            }
            return new ResultCache.Answer(getContentType(), List.copyOf(replayed), copy.toByteArray());
        }

        private void invalidate() {
            if (!valid) {
                return;
            }
            valid = false;
            capture = false;
            if (!isCommitted()) {
                super.setHeader("ETag", null);
                super.setHeader("Cache-Control", "no-cache");
            }
        }

        @Override
        public void setStatus(int status) {
            if (status != SC_OK) {
                invalidate();
            }
            super.setStatus(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            invalidate();
            super.sendError(status, message);
        }

        @Override
        public void sendError(int status) throws IOException {
            invalidate();
            super.sendError(status);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            invalidate();
            super.sendRedirect(location);
        }

        @Override
        public void setHeader(String name, String value) {
            if (own(name)) {
                return;
            }
            if (capture && REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
                replayed.removeIf(h -> h.getKey().equalsIgnoreCase(name));
                replayed.add(Map.entry(name, value));
            }
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (own(name)) {
                return;
            }
            if (capture && REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
                replayed.add(Map.entry(name, value));
            }
            super.addHeader(name, value);
        }

        private boolean own(String name) {
            return valid && OWN.contains(name.toLowerCase(Locale.ROOT));
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            // Query answers are written as bytes; a writer's answer is served, not kept.
            capture = false;
            return super.getWriter();
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            ServletOutputStream out = super.getOutputStream();
            if (!capture) {
                return out;
            }
            if (stream == null) {
                copy = new ByteArrayOutputStream(8192);
                stream = new ServletOutputStream() {
                    @Override
                    public boolean isReady() {
                        return out.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        out.setWriteListener(listener);
                    }

                    @Override
                    public void write(int b) throws IOException {
                        out.write(b);
                        keep(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                        keep(b, off, len);
                    }

                    @Override
                    public void flush() throws IOException {
                        out.flush();
                    }

                    @Override
                    public void close() throws IOException {
                        out.close();
                    }
                };
            }
            return stream;
        }

        private void keep(byte[] b, int off, int len) {
            if (!capture) {
                return;
            }
            if (copy.size() + len > ResultCache.MAX_ENTRY_BYTES) {
                capture = false;
                copy = null;
                return;
            }
            copy.write(b, off, len);
        }
    }
}

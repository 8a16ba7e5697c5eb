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
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Error responses that say what went wrong without a stack trace or a path of the server's disk: the message of every
 * error a servlet sends is cleaned, an error body a servlet writes itself is cleaned too, and an exception that escapes
 * a servlet is logged and answered {@code 500 internal server error}.
 */
public final class SafeResponses implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger(SafeResponses.class);
    private static final Pattern STACK_LINE = Pattern.compile("(?m)^\\s*(at |Caused by: |\\.\\.\\. \\d+ more).*$\\R?");
    private static final Pattern FILE_URL = Pattern.compile("(?:jar:)?file:[^\\s'\"<>]*");
    private static final int MAX_MESSAGE = 2000;

    private final List<String> privatePaths;

    /** {@code privatePaths}: directories whose paths an error must not show (store, corpus, working directory). */
    public SafeResponses(List<Path> privatePaths) {
        List<String> paths = new ArrayList<>();
        for (Path p : privatePaths) {
            if (p != null) {
                paths.add(p.toAbsolutePath().normalize().toString());
            }
        }
        paths.add(Path.of("").toAbsolutePath().toString());
        paths.add(System.getProperty("java.io.tmpdir"));
        paths.add(System.getProperty("user.home"));
        paths.removeIf(p -> p == null || p.length() < 2);
        // Longest first, so that a directory inside another is replaced whole.
        paths.sort(Comparator.comparingInt(String::length).reversed());
        this.privatePaths = List.copyOf(paths);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse out)) {
            chain.doFilter(request, response);
            return;
        }
        SafeErrors safe = new SafeErrors(out);
        try {
            chain.doFilter(request, safe);
            safe.finish();
        } catch (IOException | ServletException | RuntimeException e) {
            // Logged in full here; the client learns only that the server failed.
            LOG.error("{} {}: {}", http.getMethod(), http.getRequestURI(), e.toString(), e);
            if (!out.isCommitted()) {
                out.resetBuffer();
                out.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "internal server error");
            } else {
                throw e;
            }
        }
    }

    /** {@code message} without stack trace lines or paths of this server's disk, and not longer than 2,000 chars. */
    String clean(String message) {
        if (message == null) {
            return null;
        }
        String text = STACK_LINE.matcher(message).replaceAll("");
        text = FILE_URL.matcher(text).replaceAll("[file]");
        for (String path : privatePaths) {
            text = text.replace(path, "[path]");
        }
        return text.length() > MAX_MESSAGE ? text.substring(0, MAX_MESSAGE) + " ..." : text.strip();
    }

    /**
     * Cleans the message of every error the servlets send, and the body of an error response they write themselves
     * (Fuseki writes its error messages as the body of a 4xx or 5xx response): such a body is held, then written
     * cleaned.
     */
    private final class SafeErrors extends HttpServletResponseWrapper {
        private ByteArrayOutputStream held;
        private ServletOutputStream heldStream;
        private PrintWriter heldWriter;

        SafeErrors(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            super.sendError(status, clean(message));
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (getStatus() < 400) {
                return super.getOutputStream();
            }
            if (heldStream == null) {
                held = held == null ? new ByteArrayOutputStream() : held;
                heldStream = new ServletOutputStream() {
                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("error bodies are written blocking");
                    }

                    @Override
                    public void write(int b) {
                        if (held.size() < 64 * 1024) {
                            held.write(b);
                        }
                    }
                };
            }
            return heldStream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (getStatus() < 400) {
                return super.getWriter();
            }
            if (heldWriter == null) {
                heldWriter = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
            }
            return heldWriter;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (held == null) {
                super.flushBuffer();
            }
        }

        /** Writes the held error body, cleaned. */
        void finish() throws IOException {
            if (held == null) {
                return;
            }
            if (heldWriter != null) {
                heldWriter.flush();
            }
            byte[] body =
                    clean(held.toString(StandardCharsets.UTF_8)).concat("\n").getBytes(StandardCharsets.UTF_8);
            HttpServletResponse response = (HttpServletResponse) getResponse();
            if (!response.isCommitted()) {
                response.setContentLength(body.length);
            }
            response.getOutputStream().write(body);
        }
    }
}

package org.gcmkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** A filter that handles the HTTP requests it {@link #handles} and passes every other request on untouched. */
abstract class SelectiveFilter implements Filter {

    abstract boolean handles(HttpServletRequest request);

    /** Answers {@code request}, or passes it on along {@code chain}. */
    abstract void handle(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException;

    @Override
    public final void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http
                && response instanceof HttpServletResponse httpResponse
                && handles(http)) {
            handle(http, httpResponse, chain);
        } else {
            chain.doFilter(request, response);
        }
    }
}

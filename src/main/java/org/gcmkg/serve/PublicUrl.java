package org.gcmkg.serve;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The base URL the server's own links are made with (dataset description, dumps): the one configured, for a server
 * behind a reverse proxy, or else the scheme, host and port the request came in on.
 */
record PublicUrl(String configured) {

    String base(HttpServletRequest request) {
        if (configured != null && !configured.isBlank()) {
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length());
    }
}

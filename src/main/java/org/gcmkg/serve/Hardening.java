package org.gcmkg.serve;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.SizeLimitHandler;

/**
 * What makes the server safe to publish, put in place around Fuseki: the security headers on every response, error
 * responses without stack traces or paths, explicit size limits on requests, and the fair share of queries.
 */
final class Hardening {
    private Hardening() {
    }

    /** Before the server is built: the servlet filters. */
    static void filters(FusekiServer.Builder builder, Limits limits, List<Path> privatePaths) {
        builder.addFilter("/*", new SafeResponses(privatePaths)).addFilter("/*", new FairShare(limits));
    }

    /** Once it is built: Jetty's limits, its own error pages, and the headers on every response. */
    static void jetty(Server jetty, Limits limits) {
        for (Connector connector : jetty.getConnectors()) {
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                http.getHttpConfiguration().setRequestHeaderSize(limits.headerBytes());
                http.getHttpConfiguration().setSendServerVersion(false);
            }
        }
        ServletContextHandler context = jetty.getDescendant(ServletContextHandler.class);
        if (context != null) {
            context.setMaxFormContentSize((int) Math.min(Integer.MAX_VALUE, limits.bodyBytes()));
        }
        jetty.setErrorHandler(new PlainErrorHandler());
        SizeLimitHandler bodies = new SizeLimitHandler(limits.bodyBytes(), -1);
        bodies.setHandler(jetty.getHandler());
        jetty.setHandler(new SecurityHeaders(bodies));
    }
}

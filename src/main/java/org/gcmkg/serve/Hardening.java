package org.gcmkg.serve;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.SizeLimitHandler;

/**
 * What makes the server safe to publish, put in place around Fuseki: the security headers on every response, error
 * responses without stack traces or paths, explicit size limits on requests, and the fair share of queries.
 */
final class Hardening {
    private Hardening() {}

    /** Before the server is built: the servlet filters. */
    static void filters(FusekiServer.Builder builder, Limits limits, List<Path> privatePaths) {
        builder.addFilter("/*", new SafeResponses(privatePaths)).addFilter("/*", new FairShare(limits));
    }

    /** Once it is built: Jetty's limits and its own error pages. */
    static void jetty(Server jetty, Limits limits) {
        for (Connector connector : jetty.getConnectors()) {
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                http.getHttpConfiguration().setRequestHeaderSize(limits.headerBytes());
                http.getHttpConfiguration().setSendServerVersion(false);
            }
        }
        context(jetty.getHandler(), limits);
        jetty.setErrorHandler(new PlainErrorHandler());
    }

    /** The form limit of the servlet context in {@code handler}. */
    static void context(Handler handler, Limits limits) {
        ServletContextHandler context = handler instanceof ServletContextHandler c
                ? c
                : handler instanceof Handler.Container container
                        ? container.getDescendant(ServletContextHandler.class)
                        : null;
        if (context != null) {
            context.setMaxFormContentSize((int) Math.min(Integer.MAX_VALUE, limits.bodyBytes()));
        }
    }

    /** {@code handler} behind the body size limit, its responses with the security headers. */
    static Handler wrap(Handler handler, Limits limits) {
        SizeLimitHandler bodies = new SizeLimitHandler(limits.bodyBytes(), -1);
        bodies.setHandler(handler);
        return new SecurityHeaders(bodies);
    }
}

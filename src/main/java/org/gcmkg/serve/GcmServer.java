package org.gcmkg.serve;

import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves a built GCM {@link Dataset} read-only over SPARQL with Fuseki main, plus
 * the Fuseki query UI at {@code /}.
 * <p>
 * Endpoints: SPARQL query at {@code /gcm/sparql}, {@code /gcm/query} and {@code /gcm};
 * Graph Store Protocol read at {@code /gcm/get}, {@code /gcm/data} and {@code /gcm}.
 * There is no update, upload or GSP write endpoint. Of Fuseki's admin area only the
 * read-only {@code /$/ping}, {@code /$/server} and {@code /$/stats} exist (the UI needs
 * them), and only for GET/HEAD; {@code /$/datasets} and the rest answer 404.
 */
public final class GcmServer implements AutoCloseable {

    public static final String DATASET_PATH = "/gcm";

    private static final Logger LOG = LoggerFactory.getLogger(GcmServer.class);

    // Jena's own UI module (FMod_UI) looks for the same classpath folder.
    private static final String UI_INDEX_RESOURCE = "webapp/index.html";

    /** How long {@link #stop()} lets running requests finish. */
    private static final long STOP_TIMEOUT_MILLIS = 10_000;

    private final FusekiServer server;
    private boolean stopped;

    private GcmServer(FusekiServer server) {
        this.server = server;
    }

    public static GcmServer start(Dataset dataset, String host, int port) {
        return start(dataset, new ServerOptions(host, port));
    }

    public static GcmServer start(Dataset dataset, ServerOptions options) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(options, "options");

        FusekiServer.Builder builder = FusekiServer.create()
                // No auto-discovered modules: FMod_Admin would bring /$/datasets and friends.
                .fusekiModules(FusekiModules.empty())
                .port(options.port())
                .add(DATASET_PATH, readOnlyService(dataset, options.queryTimeoutMillis()))
                .enableCors(true, null)
                .enablePing(true)
                .enableStats(true)
                .addProcessor("/$/server", new ActionServerStatus())
                .addFilter("/$/*", new ReadOnlyMethods());

        String ui = uiLocation();
        if (ui != null) {
            builder.staticFileBase(ui);
        } else {
            LOG.warn("Fuseki UI files ({}) not on the classpath; serving SPARQL only", UI_INDEX_RESOURCE);
        }

        FusekiServer fuseki = builder.build();
        Server jetty = fuseki.getJettyServer();
        // The builder can only choose between localhost and all interfaces.
        for (Connector connector : jetty.getConnectors()) {
            if (connector instanceof ServerConnector serverConnector) {
                serverConnector.setHost(options.host());
            }
        }
        // Without a GracefulHandler, Jetty's stop cuts off requests that are still running.
        jetty.setHandler(new GracefulHandler(jetty.getHandler()));
        jetty.setStopTimeout(STOP_TIMEOUT_MILLIS);
        fuseki.start();

        GcmServer gcm = new GcmServer(fuseki);
        String base = "http://" + urlHost(options.host()) + ":" + gcm.port();
        LOG.info("GCM SPARQL server started: UI {}/  query {}{}/sparql  graph store (read) {}{}/get{}",
                base, base, DATASET_PATH, base, DATASET_PATH,
                options.queryTimeoutMillis() > 0 ? "  query timeout " + options.queryTimeoutMillis() + " ms" : "");
        return gcm;
    }

    /** The port actually bound (useful when started with port 0). */
    public int port() {
        return server.getHttpPort();
    }

    /**
     * Stops accepting requests, lets running ones finish (up to 10 s) and shuts Jetty down.
     * Calling it again does nothing.
     */
    public synchronized void stop() {
        if (!stopped) {
            stopped = true;
            server.stop();
        }
    }

    /** Blocks until the server has stopped. */
    public void join() {
        server.join();
    }

    @Override
    public void close() {
        stop();
    }

    private static DataService readOnlyService(Dataset dataset, long queryTimeoutMillis) {
        // Set on the endpoints rather than the dataset so the caller's dataset context is left alone.
        Context context = new Context();
        if (queryTimeoutMillis > 0) {
            context.set(ARQ.queryTimeout, Long.toString(queryTimeoutMillis));
        }
        DataService.Builder service = DataService.newBuilder(dataset.asDatasetGraph());
        // "sparql" first: the UI's query page uses the first query endpoint /$/server lists.
        for (String name : List.of("sparql", "query", "")) {
            service.addEndpoint(Endpoint.create()
                    .operation(Operation.Query).endpointName(name).context(context).build());
        }
        for (String name : List.of("get", "data", "")) {
            service.addEndpoint(Endpoint.create(Operation.GSP_R, name));
        }
        return service.build();
    }

    private static String uiLocation() {
        URL index = GcmServer.class.getClassLoader().getResource(UI_INDEX_RESOURCE);
        if (index == null) {
            return null;
        }
        // Derived from a file, not the folder: a shaded jar may have no directory entries.
        String url = index.toExternalForm();
        return url.substring(0, url.length() - "index.html".length());
    }

    private static String urlHost(String host) {
        if (host.isEmpty() || host.equals("0.0.0.0") || host.equals("::")) {
            return "localhost";
        }
        return host.contains(":") ? "[" + host + "]" : host;
    }

    /**
     * The /$/ actions kept for the UI only report; this makes sure nothing there can be
     * driven with POST (ping and server status accept it in Fuseki). OPTIONS stays for CORS.
     */
    private static final class ReadOnlyMethods implements Filter {
        private static final Set<String> ALLOWED = Set.of("GET", "HEAD", "OPTIONS");

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            if (request instanceof HttpServletRequest http && !ALLOWED.contains(http.getMethod())) {
                HttpServletResponse httpResponse = (HttpServletResponse) response;
                httpResponse.setHeader("Allow", "GET, HEAD, OPTIONS");
                httpResponse.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
                return;
            }
            chain.doFilter(request, response);
        }
    }
}

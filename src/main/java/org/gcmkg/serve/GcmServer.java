package org.gcmkg.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.RequestLogWriter;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.Slf4jRequestLogWriter;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.gcmkg.store.StoredGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves GCM datasets read-only over SPARQL with Fuseki main, the query editor at {@code /query}, and, for the graph
 * from the store, its linked-data pages, search, dataset description and dumps.
 * <p>
 * Per dataset {@code /NAME}: SPARQL query at {@code /NAME/sparql}, {@code /NAME/query} and {@code /NAME}; Graph Store
 * Protocol read at {@code /NAME/get}, {@code /NAME/data} and {@code /NAME}. There is no update, upload or GSP write
 * endpoint. Queries have a timeout and a result cap, and SERVICE calls only what the {@link ServicePolicy} allows. Of
 * Fuseki's admin area only the read-only {@code /$/ping}, {@code /$/server} and {@code /$/stats} exist (read-only
 * reports), and only for GET/HEAD; {@code /$/datasets} and the rest answer 404.
 * <p>
 * With {@link Builder#store}: {@code /id/...} dereferences the graph's IRIs, {@code /resource?uri=} other IRIs it
 * describes, {@code /ontology} the ontology, {@code /search} the text index, {@code /.well-known/void} the VoID
 * description, {@code /dumps/} the dumps, {@code /} the home page and {@code /charts} the charts. {@code /health}
 * is always there.
 */
public final class GcmServer implements AutoCloseable {

    public static final String DATASET_PATH = "/gcm";
    /** Logger of the request log (NCSA extended format), when it goes to stderr. */
    public static final String REQUEST_LOG = "org.gcmkg.serve.requests";

    private static final Logger LOG = LoggerFactory.getLogger(GcmServer.class);

    /** The servlet path of {@code /} alone (the empty path of the servlet specification). */
    private static final String ROOT = "";

    /** How long {@link #stop()} lets running requests finish. */
    private static final long STOP_TIMEOUT_MILLIS = 10_000;

    private final FusekiServer server;
    private final Builder served;
    private final GenerationSwitch generations;
    private StoredGraph store;
    private boolean stopped;

    /** What to do with a store once it is closed (e.g. delete its generation). */
    private final java.util.concurrent.atomic.AtomicReference<java.util.function.Consumer<StoredGraph>> retired;

    private GcmServer(
            FusekiServer server,
            Builder served,
            GenerationSwitch generations,
            java.util.concurrent.atomic.AtomicReference<java.util.function.Consumer<StoredGraph>> retired) {
        this.server = server;
        this.served = served;
        this.generations = generations;
        this.store = served.store;
        this.retired = retired;
    }

    /**
     * Serves {@code next} from now on, instead of the store it serves: requests in flight finish on the old one,
     * which is closed once they have, and then handed to {@code retired}.
     */
    public synchronized void serve(StoredGraph next, java.util.function.Consumer<StoredGraph> retired) {
        if (store == null) {
            throw new IllegalStateException("this server serves no store");
        }
        Builder builder = served.withStore(next);
        Server jetty = builder.build().getJettyServer();
        builder.services.port(port());
        org.eclipse.jetty.server.Handler context = jetty.getHandler();
        jetty.setHandler((org.eclipse.jetty.server.Handler) null);
        Hardening.context(context, served.limits);
        StoredGraph old = store;
        this.retired.set(retired);
        try {
            generations.switchTo(next.info().generation(), Hardening.wrap(context, served.limits), () -> {
                next.close();
                this.retired.get().accept(next);
            });
        } catch (Exception e) {
            throw new IllegalStateException("cannot serve " + next.info().generation() + ": " + e.getMessage(), e);
        }
        store = next;
        LOG.info(
                "serving {} ({} triples); {} retires once its last request completes",
                next.info().generation(),
                next.info().triples(),
                old.info().generation());
    }

    /** The store served to new requests, if any. */
    public synchronized StoredGraph store() {
        return store;
    }

    public static GcmServer start(Dataset dataset, String host, int port) {
        return start(dataset, new ServerOptions(host, port));
    }

    /** Serves {@code dataset} at {@code /gcm}: SPARQL and the query editor, without the pages of a store. */
    public static GcmServer start(Dataset dataset, ServerOptions options) {
        Objects.requireNonNull(dataset, "dataset");
        return builder(options).dataset(DATASET_PATH, dataset.asDatasetGraph()).start();
    }

    public static Builder builder(ServerOptions options) {
        return new Builder(options);
    }

    /** What a server serves: one or more datasets, and the pages of the one from the store. */
    public static final class Builder {
        private final ServerOptions options;
        private final ServicePolicy services;
        private final Map<String, DatasetGraph> datasets = new LinkedHashMap<>();
        private final List<ServiceMapping> mappings = new ArrayList<>();
        private StoredGraph store;
        private Path corpus;
        private Limits limits = Limits.DEFAULT;
        private int resultCacheEntries = ResultCache.DEFAULT_ENTRIES;

        private Builder(ServerOptions options) {
            this.options = Objects.requireNonNull(options, "options");
            this.services = new ServicePolicy(options.allowedServices(), options.host(), options.queryTimeoutMillis());
        }

        /** Serves {@code dataset} read-only at {@code name} (e.g. {@code /sdg}). */
        public Builder dataset(String name, DatasetGraph dataset) {
            if (!name.matches("/[A-Za-z0-9_-]+")) {
                throw new IllegalArgumentException("dataset name must be / and a word: " + name);
            }
            if (datasets.putIfAbsent(name, Objects.requireNonNull(dataset, "dataset")) != null) {
                throw new IllegalArgumentException("two datasets named " + name);
            }
            services.ownDataset(name, dataset);
            return this;
        }

        /**
         * Serves the store's graph at {@code /gcm} with its pages; {@code corpus} is the directory the passages are
         * quoted from.
         */
        public Builder store(StoredGraph stored, Path corpusDirectory) {
            dataset(DATASET_PATH, stored.dataset());
            this.store = stored;
            this.corpus = corpusDirectory;
            return this;
        }

        /**
         * Answers {@code SERVICE <public URL>} from the mapping's target instead: a dataset this server serves (named
         * when the server starts) or another endpoint.
         */
        public Builder mapService(ServiceMapping mapping) {
            mappings.add(Objects.requireNonNull(mapping, "mapping"));
            return this;
        }

        /** Caps on concurrent queries and request sizes, instead of {@link Limits#DEFAULT}. */
        public Builder limits(Limits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Keeps up to {@code entries} answers to SPARQL queries of the store's generation (0: none) instead of {@value
         * ResultCache#DEFAULT_ENTRIES}, at most {@value ResultCache#MAX_BYTES} bytes together.
         */
        public Builder resultCache(int entries) {
            if (entries < 0) {
                throw new IllegalArgumentException("--result-cache must be 0 or more: " + entries);
            }
            this.resultCacheEntries = entries;
            return this;
        }

        /** The SERVICE policy, e.g. to answer a public endpoint from a dataset served here. */
        public ServicePolicy services() {
            return services;
        }

        public GcmServer start() {
            FusekiServer fuseki = build();
            Server jetty = fuseki.getJettyServer();
            // The builder can only choose between localhost and all interfaces.
            for (Connector connector : jetty.getConnectors()) {
                if (connector instanceof ServerConnector serverConnector) {
                    serverConnector.setHost(options.host());
                }
            }
            jetty.setRequestLog(requestLog());
            Hardening.jetty(jetty, limits);
            java.util.concurrent.atomic.AtomicReference<java.util.function.Consumer<StoredGraph>> retired =
                    new java.util.concurrent.atomic.AtomicReference<>(g -> {});
            StoredGraph first = store;
            GenerationSwitch generations = new GenerationSwitch(
                    store == null ? "the dataset" : store.info().generation(),
                    Hardening.wrap(jetty.getHandler(), limits),
                    first == null
                            ? () -> {}
                            : () -> {
                                first.close();
                                retired.get().accept(first);
                            });
            // Without a GracefulHandler, Jetty's stop cuts off requests that are still running.
            jetty.setHandler(new GracefulHandler(generations));
            jetty.setStopTimeout(STOP_TIMEOUT_MILLIS);
            fuseki.start();

            GcmServer gcm = new GcmServer(fuseki, this, generations, retired);
            services.port(gcm.port());
            String base = "http://" + urlHost(options.host()) + ":" + gcm.port();
            for (String name : datasets.keySet()) {
                LOG.info("serving {}: SPARQL {}{}/sparql  graph store (read) {}{}/get", name, base, name, base, name);
            }
            for (ServiceMapping mapping : mappings) {
                LOG.info("SERVICE <{}> is answered by {}", mapping.publicUrl(), mapping.target());
            }
            LOG.info(
                    "GCM server started: {}/  query editor {}{}{}  health {}/health  query timeout {}  result limit {}",
                    base,
                    base,
                    Html.EDITOR_PATH,
                    store == null
                            ? ""
                            : "  pages " + base + "/id/...  charts " + base + ChartServlet.PATH + "  search " + base
                                    + "/search  VoID " + base + VoidServlet.PATH + "  dumps " + base
                                    + DumpServlet.PREFIX,
                    base,
                    options.queryTimeoutMillis() > 0 ? options.queryTimeoutMillis() + " ms" : "none",
                    options.resultLimit() > 0 ? options.resultLimit() + " rows" : "none");
            return gcm;
        }

        /** This builder with {@code next} as the store, everything else the same. */
        private Builder withStore(StoredGraph next) {
            Builder copy = new Builder(options);
            copy.limits = limits;
            copy.resultCacheEntries = resultCacheEntries;
            datasets.forEach((name, dataset) -> {
                if (name.equals(DATASET_PATH)) {
                    copy.store(next, corpus);
                } else {
                    copy.dataset(name, dataset);
                }
            });
            copy.mappings.addAll(mappings);
            return copy;
        }

        /** The Fuseki server, built but not started. */
        private FusekiServer build() {
            if (datasets.isEmpty()) {
                throw new IllegalStateException("no dataset to serve");
            }
            CompactJsonResults.install();
            for (ServiceMapping mapping : mappings) {
                try {
                    services.map(mapping, datasets);
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            }
            FusekiServer.Builder builder = FusekiServer.create()
                    // No auto-discovered modules: FMod_Admin would bring /$/datasets and friends.
                    .fusekiModules(FusekiModules.empty())
                    .port(options.port())
                    .enableCors(true, CorsSettings.file())
                    .enablePing(true)
                    .enableStats(true)
                    .addProcessor("/$/server", new ActionServerStatus())
                    .addFilter("/$/*", new ReadOnlyMethods());
            Map<String, Long> triples = new LinkedHashMap<>();
            datasets.forEach((name, dataset) -> {
                builder.add(name, readOnlyService(dataset));
                boolean fromStore = name.equals(DATASET_PATH) && store != null;
                ServiceDescription description =
                        fromStore ? ServiceDescription.of(store, options) : ServiceDescription.of(dataset, options);
                ServiceDescriptionFilter.install(builder, name, description, options);
                triples.put(name, fromStore ? store.info().triples() : description.quads());
            });
            ProjectQueries queries = ProjectQueries.load();
            builder.addServlet(Html.EDITOR_PATH, new QueryEditorServlet(queries, DATASET_PATH))
                    .addServlet("/assets/*", new AssetServlet());
            if (store != null) {
                addPages(builder, queries);
            } else {
                builder.addServlet(ROOT, new EditorRedirectServlet());
            }
            builder.addServlet("/health", new HealthServlet(triples, store == null ? null : store.info()));
            if (store != null) {
                // Before the limiter: a 304 or a kept answer takes no query slot.
                Set<String> queryPaths = new HashSet<>();
                for (String name : datasets.keySet()) {
                    queryPaths.addAll(List.of(name, name + "/sparql", name + "/query"));
                }
                builder.addFilter(
                        "/*",
                        new ConditionalAnswers(
                                store.info().generation() + "\0" + store.info().fingerprint() + "\0"
                                        + store.info().builtAt(),
                                queryPaths,
                                new ResultCache(resultCacheEntries, ResultCache.MAX_BYTES)));
            }

            Hardening.filters(
                    builder, limits, java.util.Arrays.asList(store == null ? null : store.directory(), corpus));
            return builder.build();
        }

        private void addPages(FusekiServer.Builder builder, ProjectQueries queries) {
            Site site = Site.of(DATASET_PATH, store, corpus, new PublicUrl(options.publicUrl()));
            ResourceServlet resources = new ResourceServlet(site);
            builder.addServlet(ROOT, new HomeServlet(site, queries))
                    .addServlet(ChartServlet.PATH, new ChartServlet(site))
                    .addServlet(ChartServlet.PATH + "/*", new ChartServlet(site))
                    .addServlet(Hrefs.ID_PATH + "*", resources)
                    .addServlet(Hrefs.RESOURCE_PATH, resources)
                    .addServlet("/search", new SearchServlet(site))
                    .addServlet(VoidServlet.PATH, new VoidServlet(site))
                    .addServlet(DumpServlet.PREFIX + "*", new DumpServlet(site))
                    .addServlet(ContextServlet.PATH, new ContextServlet());
            try {
                OntologyServlet ontology = new OntologyServlet(site);
                builder.addServlet(OntologyServlet.PATH, ontology).addServlet(OntologyServlet.PATH + "/*", ontology);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private DataService readOnlyService(DatasetGraph dataset) {
            // Set on the endpoints rather than the dataset so the caller's dataset context is left alone.
            Context context = new Context();
            if (options.queryTimeoutMillis() > 0) {
                context.set(ARQ.queryTimeout, Long.toString(options.queryTimeoutMillis()));
            }
            services.install(context);
            boolean union = UnionGraphStoreRead.applies(dataset);
            DataService.Builder service = DataService.newBuilder(dataset);
            // "sparql" first: /$/server lists the query endpoints in this order, the first as the main one.
            for (String name : List.of("sparql", "query", "")) {
                service.addEndpoint(Endpoint.create()
                        .operation(Operation.Query)
                        .endpointName(name)
                        .context(context)
                        .processor(new LimitedQuery(services, options.resultLimit()))
                        .build());
            }
            for (String name : List.of("get", "data", "")) {
                service.addEndpoint(Endpoint.create()
                        .operation(Operation.GSP_R)
                        .endpointName(name)
                        .processor(union ? new UnionGraphStoreRead() : new GSP_R())
                        .build());
            }
            return service.build();
        }

        private RequestLog requestLog() {
            RequestLog.Writer writer;
            if (options.requestLog() != null) {
                RequestLogWriter file =
                        new RequestLogWriter(options.requestLog().toString());
                file.setAppend(true);
                writer = file;
            } else {
                Slf4jRequestLogWriter slf4j = new Slf4jRequestLogWriter();
                slf4j.setLoggerName(REQUEST_LOG);
                writer = slf4j;
            }
            return new CustomRequestLog(writer, CustomRequestLog.EXTENDED_NCSA_FORMAT + " %{ms}Tms");
        }
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
    private static final class ReadOnlyMethods extends SelectiveFilter {
        private static final Set<String> ALLOWED = Set.of("GET", "HEAD", "OPTIONS");

        @Override
        boolean handles(HttpServletRequest request) {
            return !ALLOWED.contains(request.getMethod());
        }

        @Override
        void handle(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException {
            response.setHeader("Allow", "GET, HEAD, OPTIONS");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        }
    }
}

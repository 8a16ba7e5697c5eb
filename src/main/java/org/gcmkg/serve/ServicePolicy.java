package org.gcmkg.serve;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpAsQuery;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.Rename;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIter;
import org.apache.jena.sparql.engine.iterator.QueryIterCommonParent;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.engine.iterator.QueryIterSingleton;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which endpoints a SPARQL {@code SERVICE} may call, so that the server cannot be used to reach arbitrary hosts.
 * <ul>
 * <li>the server's own datasets, at any of the loopback names or the bound address and the server's port, are
 * answered in-process, without HTTP;</li>
 * <li>endpoints mapped to a local dataset (e.g. a public endpoint mirrored here) are answered by that dataset;</li>
 * <li>endpoints mapped to another endpoint (e.g. a mirror on this machine) are answered by calling that one instead,
 * whether or not it is on the allow-list;</li>
 * <li>endpoints on the allow-list are called over HTTP, without following redirects;</li>
 * <li>any other endpoint is refused: up front when the query names it, at run time when a variable gives it
 * ({@code SERVICE SILENT} then yields nothing, as for any failing service).</li>
 * </ul>
 * Endpoints are compared as URLs without their query string: scheme and host case-insensitively, default ports
 * dropped, the path exactly.
 */
public final class ServicePolicy {
    private static final Logger LOG = LoggerFactory.getLogger(ServicePolicy.class);
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");
    private static final List<String> QUERY_ENDPOINTS = List.of("", "/sparql", "/query");

    private final Set<String> allowed = new LinkedHashSet<>();
    private final Map<String, DatasetGraph> mapped = new HashMap<>();
    private final Map<String, String> redirected = new HashMap<>();
    private final Map<String, DatasetGraph> ownDatasets = new HashMap<>();
    private final String bindHost;
    private final long timeoutMillis;
    /** Whether endpoints neither own nor mapped are called as Jena would call them, rather than checked. */
    private final boolean passThrough;

    private volatile int port = -1;

    /**
     * @param allowed       endpoints that may be called over HTTP
     * @param bindHost      the address the server binds, which also names it
     * @param timeoutMillis how long a service call may take; 0 for no limit
     */
    public ServicePolicy(List<String> allowed, String bindHost, long timeoutMillis) {
        this(allowed, bindHost, timeoutMillis, false);
    }

    private ServicePolicy(List<String> allowed, String bindHost, long timeoutMillis, boolean passThrough) {
        this.passThrough = passThrough;
        for (String url : allowed) {
            this.allowed.add(normalise(url)
                    .orElseThrow(() -> new IllegalArgumentException("not an http(s) endpoint URL: " + url)));
        }
        this.bindHost = bindHost.toLowerCase(Locale.ROOT);
        this.timeoutMillis = timeoutMillis;
    }

    /**
     * A policy for a query someone runs on their own machine (the {@code query} command): it answers the mapped
     * endpoints as mapped and passes every other SERVICE on as Jena would, since no server stands behind it and there
     * is no host to protect.
     */
    public static ServicePolicy passThrough() {
        return new ServicePolicy(List.of(), "127.0.0.1", 0, true);
    }

    /**
     * Answers {@code SERVICE <public URL>} as {@code mapping} says: from one of {@code datasets} (by name), in-process,
     * or by calling another endpoint.
     *
     * @throws IllegalArgumentException when the mapping names a dataset that is not one of them
     */
    public ServicePolicy map(ServiceMapping mapping, Map<String, DatasetGraph> datasets) {
        mapping.checkTarget(datasets.keySet());
        return mapping.toDataset()
                ? mapToLocal(mapping.publicUrl(), datasets.get(mapping.target()))
                : mapToEndpoint(mapping.publicUrl(), mapping.target());
    }

    /** Answers {@code SERVICE <url>} with {@code dataset}, in-process: to run queries written for a public endpoint. */
    public ServicePolicy mapToLocal(String url, DatasetGraph dataset) {
        mapped.put(
                normalise(url).orElseThrow(() -> new IllegalArgumentException("not an http(s) URL: " + url)), dataset);
        return this;
    }

    /**
     * Answers {@code SERVICE <url>} by calling {@code endpoint} instead: to run queries written for a public endpoint
     * against a mirror of it. Only queries that name {@code url} reach {@code endpoint}.
     */
    public ServicePolicy mapToEndpoint(String url, String endpoint) {
        if (normalise(endpoint).isEmpty()) {
            throw new IllegalArgumentException("not an http(s) URL: " + endpoint);
        }
        redirected.put(
                normalise(url).orElseThrow(() -> new IllegalArgumentException("not an http(s) URL: " + url)), endpoint);
        return this;
    }

    void ownDataset(String name, DatasetGraph dataset) {
        ownDatasets.put(name, dataset);
    }

    /** Set once the server listens: own endpoints are recognised by it. */
    void port(int port) {
        this.port = port;
    }

    /** Whether a query may call {@code url}, in-process or over HTTP. */
    public boolean allows(String url) {
        Optional<String> key = normalise(url);
        return key.isPresent()
                && (allowed.contains(key.get())
                        || redirected.containsKey(key.get())
                        || local(key.get()).isPresent());
    }

    /** Refuses a query that names an endpoint it may not call. */
    void check(Query query) {
        // On the syntax, subqueries included: compiling the query to algebra for this cost each request as much again.
        if (query.getQueryPattern() == null) {
            return;
        }
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementService service) {
                Node endpoint = service.getServiceNode();
                if (endpoint.isURI() && !allows(endpoint.getURI())) {
                    throw refusal(endpoint.getURI());
                }
            }

            @Override
            public void visit(ElementSubQuery subQuery) {
                check(subQuery.getQuery());
            }
        });
    }

    /** Puts this policy in charge of SERVICE for queries run with {@code context}. */
    public void install(Context context) {
        ServiceExecutorRegistry registry = new ServiceExecutorRegistry();
        registry.add(ServiceExecutorRegistry.httpService);
        registry.addSingleLink(new Gate());
        ServiceExecutorRegistry.set(context, registry);
        if (passThrough) {
            return;
        }
        if (timeoutMillis > 0) {
            context.set(ARQ.httpQueryTimeout, Long.toString(timeoutMillis));
        }
    }

    static QueryDeniedException refusal(String url) {
        return new QueryDeniedException("SERVICE <" + url + "> is not allowed: this server calls only its own "
                + "datasets and the endpoints on its allow-list");
    }

    private Optional<DatasetGraph> local(String key) {
        DatasetGraph dataset = mapped.get(key);
        if (dataset != null) {
            return Optional.of(dataset);
        }
        URI uri = URI.create(key);
        String host = uri.getHost() == null ? "" : uri.getHost();
        boolean self = (LOOPBACK.contains(host) || (host.equals(bindHost) && !bindHost.equals("0.0.0.0")))
                && uri.getPort() == port;
        if (!self) {
            return Optional.empty();
        }
        for (Map.Entry<String, DatasetGraph> own : ownDatasets.entrySet()) {
            for (String endpoint : QUERY_ENDPOINTS) {
                if (uri.getRawPath().equals(own.getKey() + endpoint)) {
                    return Optional.of(own.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /** The endpoint URL as compared: lower-case scheme and host, no default port, no query or fragment. */
    static Optional<String> normalise(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("http") || scheme.equals("https");
            if (!web || uri.getHost() == null || uri.getRawUserInfo() != null) {
                return Optional.empty();
            }
            int port = uri.getPort();
            if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) {
                port = -1;
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return Optional.of(
                    new URI(scheme, null, uri.getHost().toLowerCase(Locale.ROOT), port, null, null, null) + path);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * The client of the calls to other endpoints; one that does not follow redirects, so that an allowed endpoint
     * cannot send the call on to another host. Made at the first such call rather than when the server starts: an
     * HTTP client sets up TLS, which loads the JDK's certificates and some 700 classes, a tenth of the start-up.
     */
    private static final class NoRedirects {
        static final HttpClient CLIENT = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /**
     * First in the SERVICE chain: answers own and mapped endpoints, passes allowed ones on (all, when passing
     * through), refuses the rest.
     */
    private final class Gate implements ChainingServiceExecutor {
        @Override
        public QueryIterator createExecution(
                OpService opExecute,
                OpService opOriginal,
                Binding binding,
                ExecutionContext execCxt,
                ServiceExecutor chain) {
            boolean silent = opExecute.getSilent();
            String url = opExecute.getService().isURI() ? opExecute.getService().getURI() : null;
            Optional<String> key = url == null ? Optional.empty() : normalise(url);
            Optional<DatasetGraph> local = key.flatMap(ServicePolicy.this::local);
            try {
                if (local.isPresent()) {
                    return execLocal(opExecute, binding, execCxt, local.get());
                }
                String instead = key.map(redirected::get).orElse(null);
                if (instead != null) {
                    OpService mirror = new OpService(
                            NodeFactory.createURI(instead),
                            opExecute.getSubOp(),
                            opExecute.getServiceElement(),
                            silent);
                    return chain.createExecution(mirror, opOriginal, binding, withClient(execCxt));
                }
                if (passThrough || key.isPresent() && allowed.contains(key.get())) {
                    return chain.createExecution(opExecute, opOriginal, binding, withClient(execCxt));
                }
                LOG.info("refused SERVICE <{}>", url == null ? opExecute.getService() : url);
                throw refusal(url == null ? String.valueOf(opExecute.getService()) : url);
            } catch (RuntimeException e) {
                if (silent) {
                    return QueryIterSingleton.create(binding, execCxt);
                }
                throw e;
            }
        }

        /** {@code execCxt}, its context (a copy per query) naming the client of the HTTP call that follows. */
        private ExecutionContext withClient(ExecutionContext execCxt) {
            if (!passThrough) {
                execCxt.getContext().set(ARQ.httpQueryClient, NoRedirects.CLIENT);
            }
            return execCxt;
        }

        /** Runs the service's pattern as a query on a dataset of this server, as the HTTP executor would remotely. */
        private QueryIterator execLocal(OpService op, Binding binding, ExecutionContext execCxt, DatasetGraph dataset) {
            // The pattern's variables were renamed for scoping; the query uses the original names and maps back.
            Op restored = Rename.reverseVarRename(op.getSubOp(), true);
            Query query = OpAsQuery.asQuery(restored);
            Map<Var, Var> names = new HashMap<>();
            for (Var v : OpVars.visibleVars(op.getSubOp())) {
                String name = v.getName();
                Var original = Var.alloc(name.substring(name.lastIndexOf('/') + 1));
                names.put(original, v);
            }
            var exec = QueryExec.dataset(dataset).query(query);
            if (timeoutMillis > 0) {
                exec.timeout(timeoutMillis, TimeUnit.MILLISECONDS);
            }
            // Read in a transaction of that dataset, as a TDB2 one (such as the vocabularies' copy) must be, and copied
            // out of it: a TDB2 binding reads its nodes from the store when asked.
            List<Binding> rows = Txn.calculateRead(dataset, () -> {
                List<Binding> detached = new ArrayList<>();
                try (QueryExec qExec = exec.build()) {
                    qExec.select().forEachRemaining(row -> detached.add(row.detach()));
                }
                return detached;
            });
            QueryIterator results = QueryIter.map(QueryIterPlainWrapper.create(rows.iterator(), execCxt), names);
            return new QueryIterCommonParent(results, binding, execCxt);
        }
    }
}

package org.gcmkg.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.fuseki.FusekiException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.gcmkg.corpus.InputException;
import org.gcmkg.serve.GcmServer;
import org.gcmkg.serve.Limits;
import org.gcmkg.serve.ServerOptions;
import org.gcmkg.serve.StoreWatcher;
import org.gcmkg.serve.VocabDataset;
import org.gcmkg.store.GraphStore;
import org.gcmkg.store.StoredGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Serves the graph read-only from its persistent store, building or rebuilding the store first when "
                    + "the corpus or the code changed: SPARQL at /gcm/sparql, the home page at /, the query editor at "
                    + "/query, charts at /charts, a page (and RDF) for "
                    + "every IRI at /id/..., the ontology at /ontology, search at /search, the dataset description at "
                    + "/.well-known/void, dumps at /dumps/, health at /health.",
            "Stop it with Ctrl-C or SIGTERM: running requests finish first (up to 10 s)."
        },
        footer = {
            "",
            "Binds 127.0.0.1 by default (this machine only). To publish the server, bind 0.0.0.0 behind a "
                    + "reverse proxy that terminates TLS, and give --public-url.",
            "",
            "The federated queries of queries/federated/ name the public endpoints. The UN publishes no SPARQL "
                    + "endpoint for its SDG vocabularies, so SERVICE <https://metadata.un.org/sparql> is answered from "
                    + "/sdg, the copy in data/vocab, by default; Wikidata is called on the Internet. To answer it from "
                    + "a mirror instead (docs/federation.md):",
            "  --map-service https://query.wikidata.org/sparql=http://localhost:9999/sparql"
        })
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(
            names = "--port",
            defaultValue = "3030",
            paramLabel = "N",
            description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--host",
            defaultValue = "127.0.0.1",
            paramLabel = "ADDR",
            description =
                    "Address to bind (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every " + "interface).")
    String host;

    @Option(
            names = "--timeout",
            defaultValue = "" + ServerOptions.DEFAULT_TIMEOUT_MILLIS,
            paramLabel = "MS",
            description = "Query timeout in milliseconds; a query still running then is stopped and answered 503 "
                    + "(default: ${DEFAULT-VALUE}; 0 for none).")
    long timeoutMillis;

    @Option(
            names = "--max-results",
            defaultValue = "" + ServerOptions.DEFAULT_RESULT_LIMIT,
            paramLabel = "N",
            description = "Most rows a SELECT answers (and most solutions a CONSTRUCT or DESCRIBE uses): a query "
                    + "without a LIMIT, or with a larger one, gets LIMIT N (default: ${DEFAULT-VALUE}; 0 for none).")
    long maxResults;

    @Option(
            names = "--allow-service",
            paramLabel = "URL",
            split = ",",
            defaultValue = "https://metadata.un.org/sparql,https://query.wikidata.org/sparql",
            description = "Endpoint SPARQL SERVICE may call, besides this server's own datasets; repeatable, replaces "
                    + "the default (${DEFAULT-VALUE}); 'none' allows no other endpoint.")
    List<String> allowedServices;

    @Mixin
    VocabOption vocabOption;

    @Option(
            names = "--map-service",
            paramLabel = "PUBLIC=LOCAL",
            description = "Answer SERVICE <PUBLIC> from LOCAL instead: a dataset of this server (/sdg), answered "
                    + "in-process, or the URL of another endpoint, called instead of PUBLIC whether or not it is on "
                    + "the allow-list; repeatable; a mapping of https://metadata.un.org/sparql replaces the default "
                    + "one to /sdg. See below.")
    List<String> serviceMappings = List.of();

    @Option(
            names = "--max-queries",
            defaultValue = "" + Limits.DEFAULT_MAX_QUERIES,
            paramLabel = "N",
            description = "Queries (SPARQL, pages, search) running at once, all clients together; a quarter of them "
                    + "only for clients with none running (default: ${DEFAULT-VALUE}).")
    int maxQueries;

    @Option(
            names = "--max-queries-per-client",
            defaultValue = "" + Limits.DEFAULT_MAX_QUERIES_PER_CLIENT,
            paramLabel = "N",
            description = "Queries running at once from one client address (default: " + "${DEFAULT-VALUE}).")
    int maxQueriesPerClient;

    @Option(
            names = "--queue-wait",
            defaultValue = "" + Limits.DEFAULT_QUEUE_WAIT_MILLIS,
            paramLabel = "MS",
            description = "How long a query beyond a cap waits for a slot before it is answered 503 with "
                    + "Retry-After (default: ${DEFAULT-VALUE}).")
    long queueWaitMillis;

    @Option(
            names = "--max-header-bytes",
            defaultValue = "" + Limits.DEFAULT_HEADER_BYTES,
            paramLabel = "N",
            description = "Size of the request line (with its query string) and headers together; larger is "
                    + "answered 414 or 431 (default: ${DEFAULT-VALUE}).")
    int maxHeaderBytes;

    @Option(
            names = "--max-body-bytes",
            defaultValue = "" + Limits.DEFAULT_BODY_BYTES,
            paramLabel = "N",
            description = "Size of a request body (a POSTed query or form); larger is answered 413 (default: "
                    + "${DEFAULT-VALUE}).")
    long maxBodyBytes;

    @Option(
            names = "--watch-store",
            defaultValue = "1000",
            paramLabel = "MS",
            description = "Every MS milliseconds, look whether load (in another process) made a new generation of "
                    + "the store current, and switch to it without downtime (default: ${DEFAULT-VALUE}; 0 never).")
    long watchMillis;

    @Option(
            names = "--request-log",
            paramLabel = "FILE",
            description = "Append the request log (NCSA extended format) to FILE instead of stderr.")
    Path requestLog;

    @Option(
            names = "--public-url",
            paramLabel = "URL",
            description = "The URL clients reach this server at (e.g. https://gcm.example.org), for the links it "
                    + "makes to itself in the dataset description; default: the URL of each request.")
    String publicUrl;

    @Option(
            names = "--result-cache",
            defaultValue = "256",
            paramLabel = "N",
            description = "Answers to SPARQL queries (GET) kept per store generation and replayed, the least recently "
                    + "used dropped first, at most 32 MiB together and 1 MiB each (default: ${DEFAULT-VALUE}; 0 keeps "
                    + "none).")
    int resultCache;

    @Override
    public Integer call() {
        List<String> services = allowedServices.equals(List.of("none")) ? List.of() : allowedServices;
        ServerOptions options =
                new ServerOptions(host, port, timeoutMillis, maxResults, services, requestLog, publicUrl);
        GcmServer.Builder builder;
        try {
            builder = GcmServer.builder(options)
                    .limits(Limits.of(maxQueries, maxQueriesPerClient, queueWaitMillis, maxHeaderBytes, maxBodyBytes))
                    .resultCache(resultCache);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Path vocab = vocabOption.directory();
        try {
            // Checked here, before the store is built, rather than when the server starts.
            vocabOption
                    .withDefaultMapping(ServiceMappings.read(
                            serviceMappings,
                            vocab == null
                                    ? List.of(GcmServer.DATASET_PATH)
                                    : List.of(GcmServer.DATASET_PATH, VocabDataset.PATH)))
                    .forEach(builder::mapService);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage(), e);
        }
        DatasetGraph vocabularies = null;
        if (vocab != null) {
            try {
                vocabularies = VocabDataset.open(vocab, store.vocabularyCopies());
            } catch (IllegalArgumentException | UncheckedIOException e) {
                throw new InputException("--vocab " + e.getMessage(), e);
            }
            builder.dataset(VocabDataset.PATH, vocabularies);
        }
        GraphStore graphStore = store.open();
        StoredGraph graph;
        GcmServer server;
        try {
            graph = store.build(graphStore::open).graph();
            try {
                server = builder.store(graph, store.corpus.directory).start();
            } catch (FusekiException e) {
                graph.close();
                throw new InputException("cannot serve on " + host + ":" + port + ": " + e.getMessage(), e);
            }
        } catch (RuntimeException e) {
            if (vocabularies != null) {
                VocabDataset.close(vocabularies);
            }
            throw e;
        }
        DatasetGraph served = vocabularies;
        StoreWatcher watcher =
                watchMillis > 0 ? StoreWatcher.start(graphStore, server, store.corpus.lenient, watchMillis) : null;
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            if (watcher != null) {
                                watcher.close();
                            }
                            server.stop();
                            server.store().close();
                            if (served != null) {
                                VocabDataset.close(served);
                            }
                        },
                        "gcm-kg-shutdown"));
        server.join();
        return 0;
    }
}

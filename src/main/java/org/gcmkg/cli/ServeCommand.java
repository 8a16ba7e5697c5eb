package org.gcmkg.cli;

import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.gcmkg.serve.GcmServer;
import org.gcmkg.serve.ServerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds the graph and serves it read-only with Fuseki: SPARQL at /gcm/sparql, the query UI at /.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    CorpusOption corpus;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--timeout", defaultValue = "10000", paramLabel = "MS",
            description = "Query timeout in milliseconds (default: ${DEFAULT-VALUE}).")
    long timeoutMillis;

    @Override
    public Integer call() {
        Dataset dataset = corpus.buildGraph();
        GcmServer server = GcmServer.start(dataset, new ServerOptions(host, port, timeoutMillis));
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "gcm-kg-shutdown"));
        server.join();
        return 0;
    }
}

package org.gcmkg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.gcmkg.corpus.InputException;
import org.gcmkg.graph.Queries;
import org.gcmkg.serve.GcmServer;
import org.gcmkg.serve.ServiceMapping;
import org.gcmkg.serve.ServicePolicy;
import org.gcmkg.serve.VocabDataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "query",
        mixinStandardHelpOptions = true,
        description = "Runs a SPARQL query over the graph. The prefixes gcm:, sdg:, skos:, dcterms:, prov:, rdfs: "
                + "and the like are predeclared.",
        footer = {
            "",
            "The federated queries of queries/federated/ name the public endpoints. The UN publishes no "
                    + "SPARQL endpoint for its SDG vocabularies, so SERVICE <https://metadata.un.org/sparql> is answered "
                    + "from /sdg, the copy in data/vocab, by default; Wikidata is called on the Internet. To answer it from "
                    + "a mirror instead (docs/federation.md):",
            "  --map-service https://query.wikidata.org/sparql=http://localhost:9999/sparql"
        })
final class QueryCommand implements Callable<Integer> {
    enum ResultFormat {
        table,
        csv,
        tsv,
        json
    }

    @Mixin
    CorpusOption corpus;

    @Option(
            names = "--format",
            defaultValue = "table",
            paramLabel = "FORMAT",
            description =
                    "Result format of SELECT and ASK queries: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
                            + "CONSTRUCT and DESCRIBE write Turtle.")
    ResultFormat format;

    @Mixin
    VocabOption vocabOption;

    @Option(
            names = "--map-service",
            paramLabel = "PUBLIC=LOCAL",
            description = "Answer SERVICE <PUBLIC> from LOCAL instead: /sdg (the files of --vocab), in-process, or the "
                    + "URL of another endpoint; repeatable; a mapping of https://metadata.un.org/sparql replaces the "
                    + "default one to /sdg. SERVICE calls the endpoints the query names otherwise.")
    List<String> serviceMappings = List.of();

    @Parameters(paramLabel = "QUERY", description = "A SPARQL query, or the path of a .rq file holding one.")
    String queryOrFile;

    @Override
    public Integer call() {
        String text = queryOrFile;
        Path file = Path.of(queryOrFile.length() < 1024 ? queryOrFile : ".");
        if (queryOrFile.endsWith(".rq") || Files.isRegularFile(file)) {
            try {
                text = Files.readString(file);
            } catch (IOException e) {
                throw new InputException("cannot read query file " + queryOrFile + ": " + e.getMessage(), e);
            }
        }
        Query query;
        try {
            query = Queries.parse(text);
        } catch (QueryParseException e) {
            throw new InputException("query " + (text == queryOrFile ? "" : queryOrFile + " ") + "is not valid SPARQL: "
                    + e.getMessage().replace('\n', ' '));
        }
        // Checked before the graph is built: the names of the datasets a mapping may name, then the files.
        Path vocab = vocabOption.directory();
        Map<String, DatasetGraph> datasets = new LinkedHashMap<>();
        datasets.put(GcmServer.DATASET_PATH, null);
        if (vocab != null) {
            datasets.put(VocabDataset.PATH, null);
        }
        List<ServiceMapping> mappings;
        try {
            mappings = vocabOption.withDefaultMapping(ServiceMappings.read(serviceMappings, datasets.keySet()));
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
        // The files answer only a SERVICE of the query mapped to them: no need to read them otherwise.
        Set<String> named = servicesOf(query);
        boolean vocabAsked = mappings.stream()
                .anyMatch(m ->
                        m.target().equals(VocabDataset.PATH) && named.stream().anyMatch(m::answers));
        if (!vocabAsked) {
            mappings = mappings.stream()
                    .filter(m -> !m.target().equals(VocabDataset.PATH))
                    .toList();
        } else {
            try {
                datasets.put(VocabDataset.PATH, VocabDataset.load(vocab));
            } catch (IllegalArgumentException | UncheckedIOException e) {
                throw new InputException("--vocab " + e.getMessage());
            }
        }
        Dataset dataset = corpus.buildGraph();
        Context context = ARQ.getContext().copy();
        if (!mappings.isEmpty()) {
            datasets.put(GcmServer.DATASET_PATH, dataset.asDatasetGraph());
            ServicePolicy services = ServicePolicy.passThrough();
            mappings.forEach(mapping -> services.map(mapping, datasets));
            services.install(context);
        }
        try (QueryExecution exec =
                QueryExecution.dataset(dataset).query(query).context(context).build()) {
            answer(query, exec);
        } catch (QueryException | HttpException e) {
            // A SERVICE that fails (an endpoint down, refusing, or answering nonsense) fails the query.
            // The message quotes the request, query string and all: the endpoint is what matters.
            throw new InputException("the query failed: "
                    + String.valueOf(e.getMessage())
                            .replaceAll("\\?query=\\S*", "")
                            .replace('\n', ' '));
        }
        return 0;
    }

    /** The endpoints the query's SERVICE clauses name. */
    private static Set<String> servicesOf(Query query) {
        Set<String> services = new HashSet<>();
        OpWalker.walk(Algebra.compile(query), new OpVisitorBase() {
            @Override
            public void visit(OpService service) {
                if (service.getService().isURI()) {
                    services.add(service.getService().getURI());
                }
            }
        });
        return services;
    }

    /** Writes the answer of {@code exec} in the format asked. */
    private void answer(Query query, QueryExecution exec) {
        if (query.isSelectType()) {
            var results = exec.execSelect();
            switch (format) {
                case csv -> ResultSetFormatter.outputAsCSV(System.out, results);
                case tsv -> ResultSetFormatter.outputAsTSV(System.out, results);
                case json -> ResultSetFormatter.outputAsJSON(System.out, results);
                default -> ResultSetFormatter.out(System.out, results, query.getPrefixMapping());
            }
        } else if (query.isAskType()) {
            boolean answer = exec.execAsk();
            switch (format) {
                case csv -> ResultSetFormatter.outputAsCSV(System.out, answer);
                case tsv -> ResultSetFormatter.outputAsTSV(System.out, answer);
                case json -> ResultSetFormatter.outputAsJSON(System.out, answer);
                default -> System.out.println(answer);
            }
        } else if (query.isConstructType()) {
            RDFDataMgr.write(System.out, exec.execConstruct(), RDFFormat.TURTLE_PRETTY);
        } else {
            RDFDataMgr.write(System.out, exec.execDescribe(), RDFFormat.TURTLE_PRETTY);
        }
    }
}

package org.gcmkg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.gcmkg.corpus.CorpusException;
import org.gcmkg.graph.Queries;
import org.gcmkg.serve.ServiceMapping;
import org.gcmkg.serve.ServicePolicy;
import org.gcmkg.serve.VocabDataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Runs a SPARQL query over the graph. The prefixes gcm:, sdg:, skos:, dcterms:, prov:, rdfs: "
                + "and the like are predeclared.",
        footer = {"", "The federated queries of queries/federated/ name the public endpoints; to run them offline against "
                + "a local copy of the UN SDG vocabularies and a Wikidata mirror (docs/federation.md):",
            "  --vocab DIR --map-service https://metadata.un.org/sparql=/sdg",
            "  --map-service https://query.wikidata.org/sparql=http://localhost:9999/sparql"})
final class QueryCommand implements Callable<Integer> {
    enum ResultFormat { table, csv, tsv, json }

    @Spec
    CommandSpec spec;

    @Mixin
    CorpusOption corpus;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "Result format of SELECT and ASK queries: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
                    + "CONSTRUCT and DESCRIBE write Turtle.")
    ResultFormat format;

    @Option(names = "--vocab", paramLabel = "DIR",
            description = "Load the vocabulary files of DIR (Turtle, RDF/XML, OWL, N-Triples or JSON-LD), a local copy "
                    + "of the UN SDG vocabularies, as the dataset /sdg that --map-service can answer a SERVICE from.")
    Path vocab;

    @Option(names = "--map-service", paramLabel = "PUBLIC=LOCAL",
            description = "Answer SERVICE <PUBLIC> from LOCAL instead: /sdg (the files of --vocab), in-process, or the "
                    + "URL of another endpoint; repeatable. SERVICE calls the endpoints the query names otherwise.")
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
                throw new CorpusException("cannot read query file " + queryOrFile + ": " + e.getMessage(), e);
            }
        }
        Query query;
        try {
            query = Queries.parse(text);
        } catch (QueryParseException e) {
            throw new CorpusException("query " + (text == queryOrFile ? "" : queryOrFile + " ") + "is not valid SPARQL: "
                    + e.getMessage().replace('\n', ' '));
        }
        Context context = ARQ.getContext().copy();
        if (!serviceMappings.isEmpty()) {
            DatasetGraph vocabulary = null;
            if (vocab != null) {
                try {
                    vocabulary = VocabDataset.load(vocab);
                } catch (IllegalArgumentException | UncheckedIOException e) {
                    spec.commandLine().getErr().println("gcm-kg: error: --vocab " + e.getMessage());
                    return 2;
                }
            }
            ServicePolicy services = ServicePolicy.forQuery(query);
            try {
                for (String given : serviceMappings) {
                    ServiceMapping mapping = ServiceMapping.parse(given);
                    if (!mapping.toDataset()) {
                        services.mapToEndpoint(mapping.publicUrl(), mapping.target());
                    } else if (vocabulary != null && mapping.target().equals(VocabDataset.PATH)) {
                        services.mapToLocal(mapping.publicUrl(), vocabulary);
                    } else {
                        throw new IllegalArgumentException("--map-service " + mapping + ": the only local dataset is "
                                + VocabDataset.PATH + ", the files of --vocab" + (vocab == null ? ", which is not given" : ""));
                    }
                }
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            services.install(context);
        }
        Dataset dataset = corpus.buildGraph();
        try (QueryExecution exec = QueryExecution.dataset(dataset).query(query).context(context).build()) {
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
        return 0;
    }
}

package org.gcmkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.gcmkg.corpus.CorpusException;
import org.gcmkg.graph.Queries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Runs a SPARQL query over the graph. The prefixes gcm:, sdg:, skos:, dcterms:, prov:, rdfs: "
                + "and the like are predeclared.")
final class QueryCommand implements Callable<Integer> {
    enum ResultFormat { table, csv, tsv, json }

    @Mixin
    CorpusOption corpus;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "Result format of SELECT and ASK queries: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
                    + "CONSTRUCT and DESCRIBE write Turtle.")
    ResultFormat format;

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
        Dataset dataset = corpus.buildGraph();
        try (QueryExecution exec = QueryExecution.dataset(dataset).query(query).build()) {
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

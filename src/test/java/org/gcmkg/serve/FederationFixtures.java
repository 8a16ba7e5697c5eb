package org.gcmkg.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.gcmkg.ResultRows;

/**
 * What the federation tests share: the UN SDG vocabularies snapshot in {@code data/vocab}, a small fixture shaped like
 * Wikidata, and a second SPARQL server on loopback that
 * serves both as the public endpoints' stand-ins.
 */
final class FederationFixtures {
    /** The snapshot of the UN SDG vocabularies in the repository, which {@code serve} and {@code query} load by default. */
    static final Path VOCAB = Path.of("data", "vocab");

    static final String UN_ENDPOINT = "https://metadata.un.org/sparql";
    static final String WIKIDATA_ENDPOINT = "https://query.wikidata.org/sparql";

    /**
     * Wikidata's statements as the Wikidata query service gives them, for four countries the examples name and one
     * they do not: the item's English (and one Spanish) label and its ISO 3166-1 alpha-3 code (P298).
     */
    static final String WIKIDATA_TURTLE = """
            PREFIX wd:   <http://www.wikidata.org/entity/>
            PREFIX wdt:  <http://www.wikidata.org/prop/direct/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            wd:Q96  rdfs:label "Mexico"@en , "México"@es ; wdt:P298 "MEX" .
            wd:Q30  rdfs:label "United States"@en ; wdt:P298 "USA" .
            wd:Q869 rdfs:label "Thailand"@en ; wdt:P298 "THA" .
            wd:Q142 rdfs:label "France"@en ; wdt:P298 "FRA" .
            wd:Q148 rdfs:label "People's Republic of China"@en ; wdt:P298 "CHN" .
            """;

    private static DatasetGraph vocab;

    private FederationFixtures() {}

    /**
     * The snapshot, opened once for the tests of a JVM as {@code serve} opens it, from its TDB2 copy in a temporary
     * directory; read-only.
     */
    static synchronized DatasetGraph vocab() {
        if (vocab == null) {
            try {
                Path copies = Files.createTempDirectory("gcm-vocab-test");
                DatasetGraph opened = VocabDataset.open(VOCAB, copies);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    VocabDataset.close(opened);
                    try (Stream<Path> walk = Files.walk(copies)) {
                        walk.sorted(Comparator.reverseOrder())
                                .forEach(p -> p.toFile().delete());
                    } catch (IOException ignored) {
                        // A temporary directory; the system cleans it up in the end.
                    }
                }));
                vocab = opened;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return vocab;
    }

    static DatasetGraph wikidata() {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(
                dataset,
                () -> RDFParser.fromString(WIKIDATA_TURTLE, Lang.TURTLE).parse(dataset.getDefaultGraph()));
        return dataset;
    }

    /**
     * A plain Fuseki on loopback, as another organisation's endpoint would be: the vocabularies at {@code /sdg}, the
     * Wikidata fixture at {@code /wikidata}, read-only.
     */
    static FusekiServer mirror() {
        return FusekiServer.create()
                .fusekiModules(FusekiModules.empty())
                .loopback(true)
                .port(0)
                .add("/sdg", vocab(), false)
                .add("/wikidata", wikidata(), false)
                .build()
                .start();
    }

    /** Each row of a SPARQL JSON result as its values (URIs, or literals' lexical forms) joined by " | ". */
    static List<String> rows(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new AssertionError("HTTP " + response.statusCode() + ": " + response.body());
        }
        return ResultRows.of(ResultSetMgr.read(
                new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON));
    }
}

package org.gcmkg.cli;

import static org.gcmkg.JarProcess.start;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.gcmkg.ServedJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The self-contained jar as a new user runs it, after {@code package}: README's commands, in a process of its own.
 */
class JarIT {
    @RegisterExtension
    static final ServedJar.Shared SERVER = new ServedJar.Shared();

    @TempDir
    Path tmp;

    static int runToEnd(Path log, String... args) throws Exception {
        Process p = start(log, args);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "gcm-kg " + String.join(" ", args) + " finished in time");
        return p.exitValue();
    }

    @Test
    void exportsAndValidatesFromTheEmbeddedCorpus() throws Exception {
        Path nt = tmp.resolve("kg.nt");
        Path log = tmp.resolve("export.log");
        assertEquals(
                0, runToEnd(log, "export", "--format", "ntriples", "--output", nt.toString()), Files.readString(log));
        Model model = RDFDataMgr.loadModel(nt.toString());
        assertEquals(
                187,
                model.listSubjectsWithProperty(
                                org.apache.jena.vocabulary.RDF.type,
                                model.createResource("https://w3id.org/gcm/ontology#Action"))
                        .toList()
                        .size());
        assertTrue(Files.readString(log).contains("INFO  KnowledgeGraph - graph built: "), "progress on stderr");

        Path validateLog = tmp.resolve("validate.log");
        assertEquals(0, runToEnd(validateLog, "validate"), Files.readString(validateLog));
        assertTrue(Files.readString(validateLog).contains("conforms: " + model.size() + " triples, 0 violations"));

        Path missingLog = tmp.resolve("missing.log");
        assertEquals(
                2,
                runToEnd(missingLog, "validate", "--corpus", tmp.resolve("none").toString()));
        assertEquals(
                "gcm-kg: error: corpus directory " + tmp.resolve("none") + " does not exist or is not a directory",
                Files.readString(missingLog).strip());

        // The jar's registry of kinds (META-INF/services, kept by the shade plugin) holds the corpus's four, in order.
        Path unknown = Files.createDirectories(tmp.resolve("unknown"));
        Files.writeString(unknown.resolve("notes.txt"), "Some notes that are no GCM document.\n");
        Path unknownLog = tmp.resolve("unknown.log");
        assertEquals(2, runToEnd(unknownLog, "validate", "--corpus", unknown.toString()));
        assertTrue(
                Files.readString(unknownLog)
                        .strip()
                        .endsWith("gcm-kg: error: notes.txt:1: expected a document of a "
                                + "known kind (GCM implementation booklet, QUNO Foundations for Implementation sheet, input to the "
                                + "UNSG's report on the GCM, IOM International Dialogue on Migration report), found none of their "
                                + "shapes"),
                Files.readString(unknownLog));
    }

    @Test
    void servesTheGraphOverSparqlWithTheUi() throws Exception {
        ServedJar server = SERVER.get();
        // README's serve, which built its store on first start.
        assertTrue(Files.readString(server.log).contains("building gen-1: no store yet"), Files.readString(server.log));
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String query = "SELECT (COUNT(*) AS ?n) WHERE { ?a a <https://w3id.org/gcm/ontology#Example> }";
        HttpRequest request = HttpRequest.newBuilder(URI.create(
                        server.base + "/gcm/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv")
                .timeout(Duration.ofSeconds(10))
                .build();
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode());
        assertEquals("n\r\n94\r\n", answer.body());
        HttpResponse<String> ui = http.send(
                HttpRequest.newBuilder(URI.create(server.base + "/")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().contains("<h1>The Global Compact for Migration as a knowledge graph</h1>"), ui.body());
    }
}

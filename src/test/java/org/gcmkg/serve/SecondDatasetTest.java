package org.gcmkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A server with a second dataset beside /gcm (as /sdg will be), each read-only, and each reachable from the other. */
class SecondDatasetTest {

    private static Dataset withLabel(String uri, String label) {
        Dataset dataset = DatasetFactory.createTxnMem();
        Txn.executeWrite(
                dataset, () -> dataset.getDefaultModel().createResource(uri).addProperty(RDFS.label, label));
        return dataset;
    }

    @RegisterExtension
    static final ServerForClass SERVER = new ServerForClass(SecondDatasetTest::startServer);

    private static GcmServer startServer() {
        return GcmServer.builder(new ServerOptions("127.0.0.1", 0, 5_000))
                .dataset(
                        "/gcm",
                        withLabel("https://w3id.org/gcm/id/objective/4", "Objective 4")
                                .asDatasetGraph())
                .dataset(
                        "/sdg",
                        withLabel("http://metadata.un.org/sdg/10.7", "Target 10.7")
                                .asDatasetGraph())
                .start();
    }

    @Test
    void eachDatasetAnswersAtItsOwnPath() throws Exception {
        String query = "SELECT ?label { ?s <" + RDFS.label.getURI() + "> ?label }";
        assertEquals(
                "label\r\nObjective 4\r\n",
                Http.get(SERVER.base() + "/gcm/sparql?query=" + Http.encode(query), "text/csv")
                        .body());
        assertEquals(
                "label\r\nTarget 10.7\r\n",
                Http.get(SERVER.base() + "/sdg/sparql?query=" + Http.encode(query), "text/csv")
                        .body());
        JsonObject health = JSON.parse(
                Http.get(SERVER.base() + "/health", "application/json").body());
        assertEquals(1, Health.triples(health, "/sdg"));
        assertTrue(
                Http.get(SERVER.base() + "/$/server", "application/json").body().contains("\"/sdg\""));
    }

    @Test
    void oneDatasetQueriesTheOtherThroughService() throws Exception {
        String query = "SELECT ?target { SERVICE <" + SERVER.base() + "/sdg/sparql> { ?s <" + RDFS.label.getURI()
                + "> ?target } }";
        HttpResponse<String> response = Http.get(SERVER.base() + "/gcm/sparql?query=" + Http.encode(query), "text/csv");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("target\r\nTarget 10.7\r\n", response.body());
    }

    @Test
    void datasetNamesAreChecked() {
        GcmServer.Builder builder = GcmServer.builder(new ServerOptions("127.0.0.1", 0));
        builder.dataset("/gcm", DatasetFactory.createTxnMem().asDatasetGraph());
        assertThrows(
                IllegalArgumentException.class,
                () -> builder.dataset("/gcm", DatasetFactory.createTxnMem().asDatasetGraph()));
        assertThrows(
                IllegalArgumentException.class,
                () -> builder.dataset("sdg/x", DatasetFactory.createTxnMem().asDatasetGraph()));
    }
}

package org.gcmkg.cli;

import static org.gcmkg.cli.AddressedClient.sparql;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.gcmkg.ServedJar;
import org.gcmkg.cli.AddressedClient.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The fair share of queries, over HTTP from distinct client addresses (127.0.0.2 to 127.0.0.10 on loopback), with the
 * server's default limits: 8 clients sending two runaway queries each at once do not hold up a ninth client's simple
 * query, and queries beyond the caps are answered 503 with Retry-After.
 */
class FairShareIT {
    /** The ninth client's simple query is answered within this, while runaways hold their slots for the 5 s timeout. */
    static final long NINTH_CLIENT_BOUND_MILLIS = 2000;

    static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    static final String SIMPLE =
            "SELECT ?t { <https://w3id.org/gcm/id/objective/4> <http://purl.org/dc/terms/title> ?t }";

    @RegisterExtension
    static final ServedJar.Shared SERVER = new ServedJar.Shared();

    @Test
    void runawayClientsDoNotHoldUpANinthClient() throws Exception {
        ExecutorService pool = Executors.newCachedThreadPool();
        try {
            List<Future<Answer>> runaways = new ArrayList<>();
            for (int client = 2; client <= 9; client++) {
                for (int k = 0; k < 2; k++) {
                    String from = "127.0.0." + client;
                    runaways.add(pool.submit(() -> AddressedClient.get(SERVER.get().port, from, sparql(RUNAWAY))));
                }
            }
            Thread.sleep(1000);
            Answer ninth = AddressedClient.get(SERVER.get().port, "127.0.0.10", sparql(SIMPLE));
            assertEquals(200, ninth.status(), ninth.body());
            assertEquals("t\r\n" + ServeStoreIT.TITLE_4 + "\r\n", ninth.body());
            int capped = 0;
            int timedOut = 0;
            for (Future<Answer> runaway : runaways) {
                Answer answer = runaway.get(60, TimeUnit.SECONDS);
                assertEquals(503, answer.status(), answer.body());
                if (answer.headers().contains("Retry-After: ")) {
                    capped++;
                } else {
                    timedOut++;
                }
            }
            System.out.printf(
                    "FairShareIT: the ninth client's query took %d ms while 8 clients ran 16 runaway "
                            + "queries (%d stopped by the timeout, %d refused by the cap with Retry-After)%n",
                    ninth.millis(), timedOut, capped);
            // Each runaway client's first query runs; its second only while 4 of the 16 slots stay free, so at most
            // 14 run (12, then the firsts of clients that come last) and at least 2 are refused.
            assertEquals(16, timedOut + capped);
            assertTrue(capped >= 2 && timedOut >= 8, capped + " refused, " + timedOut + " timed out");
            assertTrue(ninth.millis() < NINTH_CLIENT_BOUND_MILLIS, ninth.millis() + " ms");
        } finally {
            pool.shutdownNow();
        }
    }
}

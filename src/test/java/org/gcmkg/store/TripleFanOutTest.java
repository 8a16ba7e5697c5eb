package org.gcmkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;

class TripleFanOutTest {
    /** More than two batches and a part, so that the queues fill and the last batch is short. */
    private static final int TRIPLES = 10_000;

    private static List<Triple> triples() {
        List<Triple> triples = new ArrayList<>();
        for (int i = 0; i < TRIPLES; i++) {
            triples.add(Triple.create(
                    NodeFactory.createURI("https://example.org/s" + i / 7),
                    NodeFactory.createURI("https://example.org/p"),
                    NodeFactory.createLiteralString(String.valueOf(i))));
        }
        return triples;
    }

    @Test
    void everyReaderGetsEveryTripleInOrder() {
        List<Triple> triples = triples();
        List<List<Triple>> read = new ArrayList<>();
        List<Consumer<Iterator<Triple>>> readers = new ArrayList<>();
        for (int r = 0; r < 5; r++) {
            List<Triple> mine = new ArrayList<>();
            read.add(mine);
            readers.add(union -> union.forEachRemaining(mine::add));
        }
        TripleFanOut.run(triples.iterator(), readers);
        for (List<Triple> mine : read) {
            assertEquals(triples, mine);
        }
    }

    @Test
    void aReaderThatStopsEarlyHoldsNobodyUp() {
        List<Triple> all = new ArrayList<>();
        AtomicInteger taken = new AtomicInteger();
        TripleFanOut.run(
                triples().iterator(),
                List.of(
                        union -> {
                            for (int i = 0; i < 3 && union.hasNext(); i++) {
                                union.next();
                                taken.incrementAndGet();
                            }
                        },
                        union -> union.forEachRemaining(all::add)));
        assertEquals(3, taken.get());
        assertEquals(TRIPLES, all.size());
    }

    @Test
    void theFailureOfAReaderIsThrown() {
        IllegalStateException failure = new IllegalStateException("disk full");
        AtomicInteger seen = new AtomicInteger();
        IllegalStateException thrown = assertThrows(
                IllegalStateException.class,
                () -> TripleFanOut.run(
                        triples().iterator(),
                        List.of(
                                union -> {
                                    union.next();
                                    throw failure;
                                },
                                union -> union.forEachRemaining(t -> seen.incrementAndGet()))));
        assertSame(failure, thrown);
    }

    @Test
    void theFailureOfTheSourceIsThrownOnceTheReadersHaveEndedWithTheBatchesSent() {
        Triple triple = triples().get(0);
        Iterator<Triple> failing = new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Triple next() {
                if (++i > 5000) {
                    throw new IllegalStateException("store closed");
                }
                return triple;
            }
        };
        AtomicInteger seen = new AtomicInteger();
        IllegalStateException thrown = assertThrows(
                IllegalStateException.class,
                () -> TripleFanOut.run(failing, List.of(union -> union.forEachRemaining(t -> seen.incrementAndGet()))));
        assertEquals("store closed", thrown.getMessage());
        assertEquals(4096, seen.get());
    }
}

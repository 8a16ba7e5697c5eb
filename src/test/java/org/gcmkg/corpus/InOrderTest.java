package org.gcmkg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InOrderTest {
    private static final List<Integer> TEN = IntStream.range(0, 10).boxed().toList();

    @Test
    void resultsComeInTheItemsOrderWhicheverFinishesFirst() {
        List<Integer> seen = new ArrayList<>();
        // The earlier items take longest, so that later ones finish first.
        InOrder.forEach(TEN, i -> sleepThen(10 - i, i * i), seen::add, 3);
        assertEquals(TEN.stream().map(i -> i * i).toList(), seen);
    }

    @Test
    void theWorkRunsBesideTheCallerOnSeveralThreads() throws InterruptedException {
        Set<Thread> workers = ConcurrentHashMap.newKeySet();
        // Both of the first two items wait for each other: they only finish if they run at the same time.
        CountDownLatch both = new CountDownLatch(2);
        List<Integer> results = new ArrayList<>();
        InOrder.forEach(
                List.of(1, 2),
                i -> {
                    workers.add(Thread.currentThread());
                    both.countDown();
                    try {
                        assertTrue(both.await(10, TimeUnit.SECONDS), "the other item ran at the same time");
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return i;
                },
                results::add,
                2);
        assertEquals(List.of(1, 2), results);
        assertEquals(2, workers.size());
        assertTrue(workers.stream().noneMatch(t -> t == Thread.currentThread()));
    }

    @Test
    void noMoreItemsAreWorkedOnThanThereAreThreads() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        InOrder.forEach(
                TEN,
                i -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    sleepThen(5, i);
                    running.decrementAndGet();
                    return i;
                },
                i -> sleepThen(5, i),
                3);
        assertTrue(most.get() <= 3, "at most 3 items at once, found " + most.get());
        assertNotEquals(0, most.get());
    }

    @Test
    void theFirstFailureInOrderIsThrownAfterTheResultsBeforeIt() {
        List<Integer> seen = new ArrayList<>();
        CorpusException failure = CorpusException.at("d4.txt", 1, "expected a document, found none");
        CorpusException thrown = assertThrows(
                CorpusException.class,
                () -> InOrder.forEach(
                        TEN,
                        i -> {
                            if (i == 4 || i == 6) {
                                throw i == 4 ? failure : new IllegalStateException("later");
                            }
                            return sleepThen(4 - Math.min(i, 4), i);
                        },
                        seen::add,
                        3));
        assertSame(failure, thrown);
        assertEquals(List.of(0, 1, 2, 3), seen);
    }

    @Test
    void oneThreadDoesTheWorkOnTheCaller() {
        List<Thread> threads = new ArrayList<>();
        InOrder.forEach(TEN, i -> threads.add(Thread.currentThread()), b -> {}, 1);
        assertEquals(10, threads.size());
        assertTrue(threads.stream().allMatch(t -> t == Thread.currentThread()));
    }

    private static <R> R sleepThen(int millis, R result) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return result;
    }
}

package org.gcmkg.serve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The complete answers of one store generation to SPARQL queries, by request (query, result format, host), least
 * recently used dropped first, bounded in entries and in bytes. A generation's server has its own, dropped with it:
 * no answer outlives the generation it was computed from.
 */
final class ResultCache {
    /** Entries kept by default ({@code serve --result-cache}). */
    static final int DEFAULT_ENTRIES = 256;
    /** All bodies together, at most. */
    static final long MAX_BYTES = 32L << 20;
    /** A larger answer is not kept. */
    static final int MAX_ENTRY_BYTES = 1 << 20;

    /** An answer as it is replayed: its content type, the headers that go with it, and its body. */
    record Answer(String contentType, List<Map.Entry<String, String>> headers, byte[] body) {}

    private final int maxEntries;
    private final long maxBytes;
    private long bytes;
    private final LinkedHashMap<String, Answer> answers = new LinkedHashMap<>(16, 0.75f, true);

    /** @param maxEntries 0 keeps nothing ({@link GcmServer.Builder#resultCache} refuses less) */
    ResultCache(int maxEntries, long maxBytes) {
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
    }

    boolean enabled() {
        return maxEntries > 0;
    }

    synchronized Answer get(String key) {
        return answers.get(key);
    }

    synchronized void put(String key, Answer answer) {
        if (!enabled() || answer.body().length > Math.min(MAX_ENTRY_BYTES, maxBytes)) {
            return;
        }
        Answer old = answers.put(key, answer);
        if (old != null) {
            bytes -= old.body().length;
        }
        bytes += answer.body().length;
        var eldest = answers.entrySet().iterator();
        while ((answers.size() > maxEntries || bytes > maxBytes) && eldest.hasNext()) {
            bytes -= eldest.next().getValue().body().length;
            eldest.remove();
        }
    }

    synchronized int size() {
        return answers.size();
    }

    synchronized long bytes() {
        return bytes;
    }
}

package org.gcmkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.io.FileUtils;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.gcmkg.corpus.Corpus;
import org.gcmkg.corpus.TaskOutcome;
import org.gcmkg.graph.Namespaces;
import org.gcmkg.kind.GraphSink;
import org.gcmkg.kind.KnowledgeGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The persistent store of the graph: a directory of generations, each a complete TDB2 dataset with its text index
 * and dumps, and a {@code current} file naming the one to serve.
 * <pre>
 * DIR/current            the name of the current generation, replaced atomically
 * DIR/build.lock         held while a process builds
 * DIR/gen-N/tdb2/        TDB2 dataset: one named graph per document, and the ontology; their union as default graph
 * DIR/gen-N/text/        Lucene index
 * DIR/gen-N/dumps/       gcm.ttl, gcm.nt.gz, gcm.jsonld, gcm.trig
 * DIR/gen-N/census.json  the figures the dataset and service descriptions report ({@link GraphCensus})
 * DIR/gen-N/store.properties   fingerprint, build time, triple count; written last
 * </pre>
 * A rebuild goes into a new generation, and {@code current} names it only once it is complete: a build that fails or
 * is killed leaves the previous generation current and untouched, and its leftover is deleted by the next start.
 */
public final class GraphStore {
    static final String CURRENT = "current";
    static final String BUILD_LOCK = "build.lock";
    private static final Pattern GENERATION = Pattern.compile("gen-(\\d+)");
    private static final Logger LOG = LoggerFactory.getLogger(GraphStore.class);

    /** Ends the fingerprint of a generation built with documents skipped: only a lenient store serves it. */
    static final String PARTIAL = " partial";
    /** The one-line errors of the documents a partial generation left out, one a line. */
    static final String SKIPPED = "skipped.txt";
    /** Folder of a generation in build holding the loader's files, removed once the indexes are written. */
    static final String LOADING = "loading";

    private final Path directory;
    private final Builder builder;
    /** Null: every document must be read whole. Else --lenient: what is left out goes here. */
    private final Consumer<String> skipped;

    /** What opening the store did. */
    public record Opened(StoredGraph graph, boolean rebuilt) {}

    /** What loading the store did: the generation now current, and whether it was built now. */
    public record Loaded(StoreInfo info, boolean rebuilt) {}

    /** The current generation's name, and whether it was built by this call. */
    private record Current(String generation, boolean rebuilt) {}

    /** Writes the graph of a corpus into a sink, a document's graph at a time. */
    @FunctionalInterface
    interface Builder {
        void write(Corpus corpus, GraphSink sink);
    }

    public GraphStore(Path directory) {
        this(directory, KnowledgeGraph::write, null);
    }

    /** A store whose graphs are built by {@code builder}: the named graphs of its dataset are stored. */
    GraphStore(Path directory, Function<Corpus, Dataset> builder) {
        this(
                directory,
                (corpus, sink) -> {
                    Dataset dataset = builder.apply(corpus);
                    for (Iterator<String> names = dataset.listNames(); names.hasNext(); ) {
                        String name = names.next();
                        sink.add(name, dataset.getNamedModel(name).getGraph());
                    }
                },
                null);
    }

    private GraphStore(Path directory, Builder builder, Consumer<String> skipped) {
        this.directory = directory.toAbsolutePath().normalize();
        this.builder = builder;
        this.skipped = skipped;
    }

    /**
     * This store, built and served from the documents that can be read whole ({@code --lenient}): each document left
     * out is handed to {@code skipped} (its one-line error), when built and when a partial generation is reused.
     */
    public GraphStore lenient(Consumer<String> skipped) {
        return new GraphStore(directory, builder, Objects.requireNonNull(skipped, "skipped"));
    }

    public Path directory() {
        return directory;
    }

    /**
     * Makes sure the current generation was built from this corpus with this code (same {@link StoreFingerprint}),
     * building a new one from the corpus if not (or, with {@code rebuild}, in any case), without opening it.
     */
    public Loaded load(Corpus corpus, boolean rebuild) {
        return locked(corpus, rebuild, current -> {
            try {
                return new Loaded(StoreInfo.read(directory.resolve(current.generation())), current.rebuilt());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** As {@link #load}, and opens the current generation to serve it. */
    public Opened open(Corpus corpus, boolean rebuild) {
        return locked(corpus, rebuild, current -> {
            Path generation = directory.resolve(current.generation());
            try {
                return new Opened(StoredGraph.open(generation), current.rebuilt());
            } catch (IOException | RuntimeException e) {
                if (GenerationLock.inUse(generation)) {
                    throw new IllegalStateException(
                            "store " + directory + ": " + current.generation()
                                    + " is open in another process (a server on this store?); stop it, or give this one "
                                    + "another store directory",
                            e);
                }
                throw new IllegalStateException(
                        "store " + directory + ": " + current.generation() + " cannot be opened (" + e.getMessage()
                                + "); --rebuild builds it anew",
                        e);
            }
        });
    }

    /**
     * Opens the current generation as it is, without building: for a server that takes up the generation another
     * process has built.
     */
    public StoredGraph openCurrent() throws IOException {
        String name = current().orElseThrow(() -> new IOException("store " + directory + " has no generation yet"));
        return StoredGraph.open(directory.resolve(name));
    }

    /**
     * Deletes the generations no process uses, but the current one, unless a build is running (which will delete
     * them itself).
     */
    public void removeUnused() {
        synchronized (GraphStore.class) {
            try (FileChannel lock = GenerationLock.tryExclusive(directory)) {
                if (lock != null) {
                    removeStale(current());
                }
            } catch (IOException e) {
                LOG.warn("store {}: could not remove unused generations: {}", directory, e.getMessage());
            }
        }
    }

    /** The name of the current generation, if the store has one. */
    public Optional<String> current() throws IOException {
        Path file = directory.resolve(CURRENT);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        String name = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (!GENERATION.matcher(name).matches()) {
            throw new IOException(file + " does not name a generation: '" + name + "'");
        }
        return Optional.of(name);
    }

    /** Brings the store up to date and hands its current generation to {@code then}, under the build lock. */
    private <T> T locked(Corpus corpus, boolean rebuild, Function<Current, T> then) {
        String fingerprint = StoreFingerprint.of(corpus);
        // One builder per JVM as well as per store: the file lock alone does not exclude threads of one process.
        synchronized (GraphStore.class) {
            try {
                Files.createDirectories(directory);
                try (FileChannel ignored = GenerationLock.exclusive(directory)) {
                    return then.apply(upToDate(corpus, fingerprint, rebuild));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("store " + directory + ": " + e.getMessage(), e);
            }
        }
    }

    private Current upToDate(Corpus corpus, String fingerprint, boolean rebuild) throws IOException {
        Optional<String> current = current();
        removeStale(current);
        String reason;
        if (current.isEmpty()) {
            reason = "no store yet";
        } else if (rebuild) {
            reason = "rebuild requested";
        } else {
            StoreInfo info;
            try {
                info = StoreInfo.read(directory.resolve(current.get()));
            } catch (IOException e) {
                info = null;
            }
            if (info == null) {
                reason = current.get() + " is incomplete";
            } else if (info.fingerprint().equals(fingerprint + PARTIAL) && skipped == null) {
                reason = current.get() + " holds a partial graph (built with --lenient)";
            } else if (!info.fingerprint().equals(fingerprint)
                    && !info.fingerprint().equals(fingerprint + PARTIAL)) {
                reason = "the corpus or the code changed since " + current.get() + " was built";
            } else {
                reportSkipped(directory.resolve(current.get()));
                LOG.info(
                        "store {}: {} is up to date (built {}, {} triples), no rebuild needed",
                        directory,
                        current.get(),
                        info.builtAt(),
                        info.triples());
                return new Current(current.get(), false);
            }
        }
        String name = "gen-" + (lastGeneration() + 1);
        LOG.info("store {}: building {}: {}", directory, name, reason);
        build(corpus, fingerprint, name);
        makeCurrent(name);
        removeStale(Optional.of(name));
        return new Current(name, true);
    }

    private void build(Corpus corpus, String fingerprint, String name) throws IOException {
        long start = System.nanoTime();
        Path generation = directory.resolve(name);
        Files.createDirectory(generation);
        try {
            List<String> left = new ArrayList<>();
            long graphs;
            long triples;
            long texts;
            DatasetGraph tdb = StoredGraph.connectToBuild(generation);
            try {
                graphs = load(
                        skipped == null
                                ? sink -> builder.write(corpus, sink)
                                : sink -> KnowledgeGraph.writeLenient(corpus, e -> left.add(e.getMessage()), sink),
                        tdb,
                        generation.resolve(LOADING));
                LOG.info(
                        "store {}: {} graphs built and loaded in {} ms",
                        directory,
                        graphs,
                        (System.nanoTime() - start) / 1_000_000);
                if (!left.isEmpty()) {
                    Files.write(generation.resolve(SKIPPED), left, StandardCharsets.UTF_8);
                    fingerprint = fingerprint + PARTIAL;
                    reportSkipped(generation);
                }
                long phase = System.nanoTime();
                // The census reads the store in a thread of its own while the text index and the dumps are written.
                CompletableFuture<GraphCensus> census = CompletableFuture.supplyAsync(() -> {
                    GraphCensus measured = GraphCensus.prepare(generation, tdb);
                    LOG.info("store {}: census in {} ms", directory, (System.nanoTime() - phase) / 1_000_000);
                    return measured;
                });
                try {
                    texts = DerivedFiles.write(generation, tdb);
                } finally {
                    // The dataset is closed below: only once the census no longer reads it.
                    census.handle((figures, failure) -> null).join();
                }
                triples = TaskOutcome.of(census, "counting the store").triples();
                LOG.info(
                        "store {}: census, text index and dumps in {} ms",
                        directory,
                        (System.nanoTime() - phase) / 1_000_000);
            } finally {
                TDBInternal.expel(tdb);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            new StoreInfo(name, fingerprint, Instant.now(), triples, millis).write(generation);
            LOG.info(
                    "store {}: {} built: {} triples in {} graphs, {} texts indexed, dumps written, in {} ms",
                    directory,
                    name,
                    triples,
                    graphs,
                    texts,
                    millis);
        } catch (IOException | RuntimeException | Error e) {
            deleteQuietly(generation);
            throw e;
        }
    }

    private void reportSkipped(Path generation) throws IOException {
        Path file = generation.resolve(SKIPPED);
        if (skipped != null && Files.exists(file)) {
            Files.readAllLines(file, StandardCharsets.UTF_8).forEach(skipped);
        }
    }

    /**
     * Writes the graph into {@code target}, a new dataset, as it is built, a document's graph at a time, so that the
     * heap never holds the whole graph ({@link PackedLoader}): the named graphs, and their union as the stored default
     * graph, so that queries of the default graph read the triple indexes, as on any TDB2 store, rather than merge the
     * quad indexes of every graph and remove duplicates (which halved the throughput of typical queries).
     *
     * @return the number of named graphs
     */
    private static long load(Consumer<GraphSink> build, DatasetGraph target, Path work) throws IOException {
        Txn.executeWrite(
                target,
                () -> Namespaces.setPrefixes(PrefixMapping.Factory.create())
                        .getNsPrefixMap()
                        .forEach((prefix, uri) -> target.prefixes().add(prefix, uri)));
        PackedLoader loader = PackedLoader.begin(target, work);
        try {
            Set<String> names = new HashSet<>();
            build.accept((name, triples) -> {
                names.add(name);
                // A triple of several graphs is one key of the default graph's indexes.
                loader.add(NodeFactory.createURI(name), triples);
            });
            loader.finish();
            return names.size();
        } catch (IOException | RuntimeException | Error e) {
            loader.abort();
            throw e;
        }
    }

    /** Points {@code current} at {@code name}: the file is written aside and renamed over, which is atomic. */
    private void makeCurrent(String name) throws IOException {
        Path part = directory.resolve(CURRENT + ".part");
        try (FileChannel out = FileChannel.open(
                part, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(StandardCharsets.UTF_8.encode(name + "\n"));
            out.force(true);
        }
        Files.move(
                part, directory.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        LOG.info("store {}: {} is now current", directory, name);
    }

    /**
     * Deletes every generation but the current one that no process has open: leftovers of builds that failed or were
     * killed, and generations replaced by a newer one.
     */
    private void removeStale(Optional<String> current) throws IOException {
        for (Path generation : generations()) {
            String name = generation.getFileName().toString();
            if (current.isPresent() && current.get().equals(name)) {
                continue;
            }
            if (GenerationLock.inUse(generation)) {
                LOG.info("store {}: keeping {}, which another server still has open", directory, name);
                continue;
            }
            boolean complete = Files.exists(generation.resolve(StoreInfo.FILE));
            deleteQuietly(generation);
            LOG.info(
                    "store {}: removed {} ({})",
                    directory,
                    name,
                    complete ? "replaced by a newer generation" : "left by a build that did not finish");
        }
    }

    private long lastGeneration() throws IOException {
        long last = 0;
        for (Path generation : generations()) {
            Matcher m = GENERATION.matcher(generation.getFileName().toString());
            if (m.matches()) {
                last = Math.max(last, Long.parseLong(m.group(1)));
            }
        }
        return last;
    }

    private List<Path> generations() throws IOException {
        try (Stream<Path> list = Files.list(directory)) {
            return list.filter(p -> Files.isDirectory(p)
                            && GENERATION.matcher(p.getFileName().toString()).matches())
                    .sorted()
                    .toList();
        }
    }

    private static void deleteQuietly(Path directory) {
        if (Files.exists(directory) && !FileUtils.deleteQuietly(directory.toFile())) {
            LOG.warn("could not delete {}", directory);
        }
    }
}

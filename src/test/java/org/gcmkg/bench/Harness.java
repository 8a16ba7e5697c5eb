package org.gcmkg.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.gcmkg.corpus.Corpus;
import org.gcmkg.kind.KnowledgeGraph;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The benchmarks of issue 14, run by {@code bench/run}: extraction against RIOT in this JVM, the store build against
 * {@code tdb2.tdbloader}, the endpoint against a stock Fuseki main, start-up and memory as whole processes; writes
 * {@code docs/benchmarks.md} and its plots from scratch.
 */
public final class Harness {
    private static final String PROBE = "SELECT * WHERE { ?s ?p ?o } LIMIT 1";
    static final int[] CLIENTS = {1, 4, 16};
    /** The number of clients at which the target compares throughput. */
    static final int TARGET_CLIENTS = 16;
    /** The sections, in the order they run. */
    private static final List<String> SECTIONS = List.of(
            "corpora",
            "extraction and RIOT",
            "extraction streamed",
            "inner loops (JMH)",
            "store build",
            "endpoint",
            "start-up",
            "memory");

    private final Mode mode;
    private final Path root = Path.of("").toAbsolutePath();
    private final Path jar;
    private final Path jena;
    private final Path work;
    private final Path doc;
    private final Path plots;
    private final long started = System.nanoTime();
    private final Instant startedAt = Instant.now();
    private final List<String> notes = new ArrayList<>();

    // results
    private final Map<Integer, Extraction> extraction = new TreeMap<>();
    private final Map<Integer, Streamed> streamed = new TreeMap<>();
    private final Map<Integer, StoreBuild> storeBuilds = new TreeMap<>();
    private final List<Cell> cells = new ArrayList<>();
    private final Map<String, Stats> startup = new LinkedHashMap<>();
    private final Map<String, String> memory = new LinkedHashMap<>();
    private boolean resultCacheOption;
    private String xmx512 = "not measured";
    private boolean xmx512ok;
    private final Map<String, Long> answerRows = new LinkedHashMap<>();
    private final Map<String, Double> sectionSeconds = new LinkedHashMap<>();
    /** The sections to run, if not all: the others' inputs (corpora, stores) must be in the work folder already. */
    private final Set<String> only = new LinkedHashSet<>();

    /** The sizes and repeat counts of one kind of run. */
    record Mode(
            String name,
            int[] scales,
            int[] streamScales,
            int[] storeScales,
            int memoryScale,
            List<String> queries,
            double warmup,
            double window,
            int rounds,
            double targetWindow,
            int targetRounds,
            int startupRuns) {
        /**
         * The rounds of a cell: the varied cells at 16 clients, which the target judges query by query, get more and
         * longer rounds than the others.
         */
        int rounds(boolean repeated, int clients) {
            return repeated ? 1 : clients == TARGET_CLIENTS ? targetRounds : rounds;
        }

        double window(boolean repeated, int clients) {
            return !repeated && clients == TARGET_CLIENTS ? targetWindow : window;
        }

        int extractionRuns(int scale) {
            if (name.equals("quick")) {
                return scale == 1 ? 3 : 2;
            }
            return scale <= 1 ? 5 : scale <= 10 ? 2 : 1;
        }

        /**
         * Seconds of the unmeasured pass each server gets per query before the cells: the JIT was still speeding both
         * servers up after the 1 s passes of earlier runs, and the cells then compared how far each had got.
         */
        double warmUpPass() {
            return name.equals("quick") ? 0.5 : 2.0;
        }

        /** Three runs where the figures are read off (1×, and 100× of the target), one at the scales between. */
        int storeRuns(int scale) {
            return name.equals("full") && (scale == 1 || scale == 100) ? 3 : 1;
        }
    }

    /** Extraction as {@code load} runs it: each document's graph handed on and let go, counted as quads. */
    record Streamed(long quads, Stats seconds) {
        double quadsPerSecond() {
            return quads / seconds.median();
        }
    }

    record Extraction(long triples, long ntBytes, long liveHeapMb, Stats seconds, Stats riotSeconds) {
        double triplesPerSecond() {
            return triples / seconds.median();
        }

        double riotTriplesPerSecond() {
            return triples / riotSeconds.median();
        }
    }

    /**
     * A build's phases, from the last {@code load} run's log: the graph extracted and loaded into TDB2, then the
     * census, text index and dumps; -1 where the log does not say.
     */
    record StoreBuild(
            Stats ours,
            Stats tdbloader,
            Stats tdbloaderUnion,
            long oursRssKb,
            long oursHeapMb,
            long tdbRssKb,
            long tdbUnionRssKb,
            boolean ok,
            long loadedMillis,
            long derivedMillis) {}

    private static final Pattern LOADED = Pattern.compile("graphs built and loaded in (\\d+) ms");
    private static final Pattern DERIVED = Pattern.compile("census, text index and dumps in (\\d+) ms");

    /** The figure {@code pattern} captures in the log {@code log}, or -1. */
    private static long logged(Path log, Pattern pattern) {
        try {
            Matcher m = pattern.matcher(Files.readString(log));
            return m.find() ? Long.parseLong(m.group(1)) : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * One server's cells of one query, kind of request and number of clients: its rounds, each run in turn with the
     * other server's round of the same cell.
     */
    record Cell(String query, String server, boolean repeated, List<LoadDriver.Result> rounds) {
        /** The answers of all rounds together: latencies, 304s and errors. */
        LoadDriver.Result result() {
            return LoadDriver.Result.pooled(rounds);
        }

        Stats throughput() {
            return Stats.of(rounds.stream().map(LoadDriver.Result::throughput).toList());
        }

        int clients() {
            return rounds.get(0).clients();
        }
    }

    private Harness(Mode mode, Path jar, Path jena, Path work, Path doc) {
        this.mode = mode;
        this.jar = jar.toAbsolutePath();
        this.jena = jena.toAbsolutePath();
        this.work = work.toAbsolutePath();
        this.doc = doc.toAbsolutePath();
        this.plots = this.doc.resolveSibling("benchmarks");
    }

    public static void main(String[] args) throws Exception {
        boolean quick = false;
        int[] scales = null;
        List<String> only = new ArrayList<>();
        Path jar = Path.of("target/gcm-kg.jar");
        Path jena = Path.of("target/bench/jena");
        Path work = Path.of("target/bench/work");
        Path doc = Path.of("docs/benchmarks.md");
        for (String arg : args) {
            if (arg.equals("--quick")) {
                quick = true;
            } else if (arg.startsWith("--scales=")) {
                scales = Arrays.stream(arg.substring(9).split(","))
                        .mapToInt(Integer::parseInt)
                        .sorted()
                        .toArray();
            } else if (arg.startsWith("--out=")) {
                doc = Path.of(arg.substring(6));
            } else if (arg.startsWith("--only=")
                    && SECTIONS.containsAll(List.of(arg.substring(7).split(",")))) {
                only.addAll(List.of(arg.substring(7).split(",")));
            } else {
                System.err.println("usage: Harness [--quick] [--scales=1,10,100] [--out=docs/benchmarks.md]"
                        + " [--only=SECTION,...] (sections: " + String.join(", ", SECTIONS) + ")");
                System.exit(2);
            }
        }
        List<String> allQueries = queryNames();
        Mode mode = quick
                ? new Mode(
                        "quick",
                        scales != null ? scales : new int[] {1, 2, 4},
                        scales != null ? scales : new int[] {1, 2, 4, 8},
                        null,
                        0,
                        List.of("02-objectives-serving-target-10-7", "11-objective-overview", "22-examples-by-country"),
                        0.2,
                        0.5,
                        2,
                        0.5,
                        2,
                        2)
                : new Mode(
                        "full",
                        scales != null ? scales : new int[] {1, 10, 100},
                        // Streamed, the graph is never whole in memory, so 1000× fits where the in-memory dataset
                        // cannot.
                        scales != null ? scales : new int[] {1, 10, 100, 1000},
                        null,
                        0,
                        allQueries,
                        0.2,
                        0.7,
                        3,
                        1.5,
                        5,
                        3);
        int largest = mode.scales[mode.scales.length - 1];
        // Whole-process store builds up to 100× (quick: the two smallest scales); memory at the largest of them.
        int[] storeScales = Arrays.stream(mode.scales)
                .filter(s -> s <= 100)
                .limit(quick ? 2 : Long.MAX_VALUE)
                .toArray();
        int memoryScale = storeScales[storeScales.length - 1];
        mode = new Mode(
                mode.name,
                mode.scales,
                mode.streamScales,
                storeScales,
                memoryScale,
                mode.queries,
                mode.warmup,
                mode.window,
                mode.rounds,
                mode.targetWindow,
                mode.targetRounds,
                mode.startupRuns);
        if (!Files.isExecutable(Path.of("/usr/bin/time"))) {
            throw new IllegalStateException("/usr/bin/time is missing: apt-get install -y time");
        }
        Harness harness = new Harness(mode, jar, jena, work, doc);
        harness.only.addAll(only);
        harness.runAll(largest);
    }

    private static List<String> queryNames() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3))
                    .sorted()
                    .toList();
        }
    }

    private void runAll(int largest) throws Exception {
        Files.createDirectories(work);
        Files.createDirectories(plots);
        log("mode " + mode.name + ", scales " + Arrays.toString(mode.scales));
        time("corpora", () -> {
            for (int scale : IntStream.concat(Arrays.stream(mode.scales), Arrays.stream(mode.streamScales))
                    .distinct()
                    .toArray()) {
                Path dir = corpus(scale);
                Proc.deleteTree(dir);
                ScaledCorpus.write(root.resolve("data/corpus"), dir, scale);
            }
        });
        time("extraction and RIOT", this::measureExtraction);
        time("extraction streamed", this::measureStreamedExtraction);
        time("inner loops (JMH)", this::measureInnerLoops);
        time("store build", this::measureStoreBuild);
        time("endpoint", this::measureEndpoint);
        time("start-up", this::measureStartup);
        time("memory", this::measureMemory);
        writeDoc();
        log("done in " + seconds(started) + " s; wrote " + doc);
        if (!notes.isEmpty()) {
            notes.forEach(this::log);
            System.exit(1);
        }
    }

    private interface Section {
        void run() throws Exception;
    }

    /** Runs a section; one that fails is reported in the document, and the others still run. */
    private void time(String name, Section section) {
        if (!only.isEmpty() && !only.contains(name)) {
            return;
        }
        long t = System.nanoTime();
        log("== " + name);
        try {
            section.run();
        } catch (Exception | Error e) {
            notes.add("The section \"" + name + "\" FAILED: " + e);
            log(name + " FAILED: " + e);
            e.printStackTrace();
        }
        sectionSeconds.put(name, seconds(t));
    }

    private Path corpus(int scale) {
        return work.resolve("corpus-" + scale + "x");
    }

    private Path ntriples(int scale) {
        return work.resolve("kg-" + scale + "x.nt");
    }

    /** The whole dataset as gcm-kg's store holds it: the union as the default graph, and every named graph. */
    private Path nquads(int scale) {
        return work.resolve("kg-" + scale + "x.nq");
    }

    // ---------------------------------------------------------------- extraction against RIOT, in this JVM

    private void measureExtraction() throws IOException {
        // Warm-up: the first build and parse load classes and JIT-compile; they are not measured.
        KnowledgeGraph.build(Corpus.open(corpus(1)));
        for (int scale : mode.scales) {
            int runs = mode.extractionRuns(scale);
            List<Double> times = new ArrayList<>();
            long triples = 0;
            long liveHeapMb = 0;
            for (int r = 0; r < runs; r++) {
                System.gc();
                long t = System.nanoTime();
                Dataset graph = KnowledgeGraph.build(Corpus.open(corpus(scale)));
                times.add(seconds(t));
                triples = graph.getDefaultModel().size();
                if (r == 0) {
                    // What the graph itself holds on the heap: in use after a collection, while it is still referenced.
                    Runtime runtime = Runtime.getRuntime();
                    System.gc();
                    liveHeapMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
                    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(ntriples(scale)))) {
                        RDFDataMgr.write(out, graph.getDefaultModel().getGraph(), RDFFormat.NTRIPLES_UTF8);
                    }
                    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(nquads(scale)))) {
                        RDFDataMgr.write(out, graph.asDatasetGraph(), RDFFormat.NQUADS_UTF8);
                    }
                }
                graph = null;
                log(scale + "x extraction run " + (r + 1) + ": " + times.get(r) + " s, " + triples + " triples");
            }
            if (scale == mode.scales[0]) {
                parse(scale); // warm-up of the parser
            }
            List<Double> riot = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                System.gc();
                long t = System.nanoTime();
                long parsed = parse(scale);
                riot.add(seconds(t));
                if (parsed != triples) {
                    throw new IllegalStateException(
                            "RIOT read " + parsed + " triples of " + ntriples(scale) + ", expected " + triples);
                }
                log(scale + "x RIOT run " + (r + 1) + ": " + riot.get(r) + " s");
            }
            extraction.put(
                    scale,
                    new Extraction(triples, Proc.sizeOf(ntriples(scale)), liveHeapMb, Stats.of(times), Stats.of(riot)));
        }
    }

    private void measureStreamedExtraction() {
        for (int scale : mode.streamScales) {
            int runs = mode.extractionRuns(scale);
            List<Double> times = new ArrayList<>();
            long quads = 0;
            for (int r = 0; r < runs; r++) {
                System.gc();
                long[] counted = {0};
                long t = System.nanoTime();
                KnowledgeGraph.write(Corpus.open(corpus(scale)), (name, graph) -> counted[0] += graph.size());
                times.add(seconds(t));
                quads = counted[0];
                log(scale + "x streamed extraction run " + (r + 1) + ": " + times.get(r) + " s, " + quads + " quads");
            }
            streamed.put(scale, new Streamed(quads, Stats.of(times)));
        }
    }

    private long parse(int scale) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(ntriples(scale)).lang(Lang.NTRIPLES).parse(graph);
        return graph.size();
    }

    // ---------------------------------------------------------------- inner loops, with JMH

    /** One JMH benchmark's result: milliseconds per operation. */
    record Jmh(String name, double scoreMs, double errorMs, double minMs, double maxMs, long samples) {}

    private final List<Jmh> jmh = new ArrayList<>();

    private void measureInnerLoops() throws RunnerException {
        Options options = new OptionsBuilder()
                .include(InnerLoops.class.getName() + ".")
                .param("corpus", corpus(1).toString())
                .forks(1)
                .warmupIterations(mode.name.equals("quick") ? 1 : 3)
                .warmupTime(TimeValue.seconds(2))
                .measurementIterations(mode.name.equals("quick") ? 3 : 5)
                .measurementTime(TimeValue.seconds(2))
                .jvmArgsAppend("-Xmx2g")
                .shouldFailOnError(true)
                .build();
        for (RunResult result : new Runner(options).run()) {
            Result<?> primary = result.getPrimaryResult();
            var statistics = primary.getStatistics();
            String name = result.getParams().getBenchmark();
            jmh.add(new Jmh(
                    name.substring(name.lastIndexOf('.') + 1),
                    primary.getScore(),
                    primary.getScoreError(),
                    statistics.getMin(),
                    statistics.getMax(),
                    statistics.getN()));
        }
    }

    List<Jmh> jmh() {
        return jmh;
    }

    // ---------------------------------------------------------------- store build, whole processes

    private List<String> jenaTool(String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(Proc.JAVA, "-cp", jena + "/*", mainClass));
        command.addAll(List.of(args));
        return command;
    }

    private List<String> gcmKg(List<String> jvm, String... args) {
        List<String> command = new ArrayList<>(List.of(Proc.JAVA));
        command.addAll(jvm);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(List.of(args));
        return command;
    }

    private Path store(int scale) {
        return work.resolve("store-" + scale + "x");
    }

    private Path tdb(int scale) {
        return work.resolve("tdb2-" + scale + "x");
    }

    /** The runs of one command at one scale: their times, and the most memory and the worst outcome of any. */
    private static final class ProcessRuns {
        private final List<Double> seconds = new ArrayList<>();
        private long maxRssKb;
        private long peakHeapMb;
        private boolean ok = true;

        Proc.Run add(Proc.Run run) {
            seconds.add(run.seconds());
            maxRssKb = Math.max(maxRssKb, run.maxRssKb());
            peakHeapMb = Math.max(peakHeapMb, run.peakHeapMb());
            ok &= run.ok();
            return run;
        }

        Stats stats() {
            return Stats.of(seconds);
        }
    }

    /** {@code tdb2.tdbloader} of {@code input} into {@code location}, emptied first, logged as {@code name}. */
    private Proc.Run tdbloader(String name, Path location, Path input) {
        Proc.deleteTree(location);
        Proc.Run run = Proc.timed(
                work.resolve(name + ".log"),
                3600,
                jenaTool("tdb2.tdbloader", "--loc", location.toString(), input.toString()));
        log(name + ": " + run);
        return run;
    }

    private void measureStoreBuild() {
        // Give the heap of the in-memory graphs back to the system before the store builds need the memory.
        System.gc();
        for (int scale : mode.storeScales) {
            ProcessRuns ours = new ProcessRuns();
            ProcessRuns sameDataset = new ProcessRuns();
            ProcessRuns unionAlone = new ProcessRuns();
            long loaded = -1;
            long derived = -1;
            for (int r = 0; r < mode.storeRuns(scale); r++) {
                Proc.deleteTree(store(scale));
                Path loadLog = work.resolve("load-" + scale + "x-" + r + ".log");
                Proc.Run load = ours.add(Proc.timed(
                        loadLog,
                        3600,
                        gcmKg(
                                List.of(),
                                "load",
                                "--corpus",
                                corpus(scale).toString(),
                                "--store",
                                store(scale).toString())));
                log(scale + "x load run " + (r + 1) + ": " + load);
                loaded = logged(loadLog, LOADED);
                derived = logged(loadLog, DERIVED);
                // The store stock Fuseki serves: the same dataset as gcm-kg's.
                sameDataset.add(tdbloader("tdbloader-" + scale + "x-" + r, tdb(scale), nquads(scale)));
                // The union alone, as issue 14 first measured it.
                Path unionStore = work.resolve("tdb2-" + scale + "x-union");
                unionAlone.add(tdbloader("tdbloader-union-" + scale + "x-" + r, unionStore, ntriples(scale)));
                Proc.deleteTree(unionStore);
            }
            storeBuilds.put(
                    scale,
                    new StoreBuild(
                            ours.stats(),
                            sameDataset.stats(),
                            unionAlone.stats(),
                            ours.maxRssKb,
                            ours.peakHeapMb,
                            sameDataset.maxRssKb,
                            unionAlone.maxRssKb,
                            ours.ok && sameDataset.ok && unionAlone.ok,
                            loaded,
                            derived));
        }
    }

    // ---------------------------------------------------------------- the endpoint

    private record Server(String name, Process process, String sparql) {}

    private Server startOurs(String name, int scale, List<String> extra) {
        int port = Proc.freePort();
        List<String> args = new ArrayList<>(List.of(
                "serve",
                "--store",
                store(scale).toString(),
                "--corpus",
                corpus(scale).toString(),
                "--port",
                String.valueOf(port),
                // The load driver's clients all come from 127.0.0.1; real clients have addresses of their own.
                "--max-queries-per-client",
                "16"));
        args.addAll(extra);
        Process p = Proc.start(
                work.resolve(name + ".log"),
                gcmKg(List.of("-Xlog:gc:file=" + work.resolve(name + ".gc")), args.toArray(String[]::new)));
        String sparql = "http://127.0.0.1:" + port + "/gcm/query";
        if (Proc.untilAnswered(p, sparql, PROBE, System.nanoTime(), 600) < 0) {
            Proc.stop(p);
            throw new IllegalStateException(name + " did not answer; see " + work.resolve(name + ".log"));
        }
        return new Server(name, p, sparql);
    }

    /** Stock Fuseki main serving the TDB2 store {@code tdb2} read-only as /gcm, on this machine only. */
    private List<String> fusekiCommand(int port, Path tdb2) {
        return jenaTool(
                "org.apache.jena.fuseki.main.cmds.FusekiMainCmd",
                "--localhost",
                "--port",
                String.valueOf(port),
                "--loc",
                tdb2.toString(),
                "/gcm");
    }

    private Server startFuseki(String name, Path tdb2) {
        int port = Proc.freePort();
        Process p = Proc.start(work.resolve(name + ".log"), fusekiCommand(port, tdb2));
        String sparql = "http://127.0.0.1:" + port + "/gcm/query";
        if (Proc.untilAnswered(p, sparql, PROBE, System.nanoTime(), 600) < 0) {
            Proc.stop(p);
            throw new IllegalStateException(name + " did not answer; see " + work.resolve(name + ".log"));
        }
        return new Server(name, p, sparql);
    }

    private boolean supportsResultCache() {
        Path help = work.resolve("serve-help.txt");
        Proc.Run run = Proc.timed(help, 120, gcmKg(List.of(), "serve", "--help"));
        try {
            return run.ok() && Files.readString(help).contains("--result-cache");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The rows each query answers, checked to be the same on every one of {@code endpoints} (SPARQL URLs by label): a
     * comparison of servers that do not hold the same data (a store of the union alone has no named graphs for
     * {@code GRAPH ?g}) measures different work.
     */
    static Map<String, Long> sameAnswers(Map<String, String> endpoints, Map<String, String> queries) {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (Map.Entry<String, String> q : queries.entrySet()) {
            Map<String, Long> byServer = new LinkedHashMap<>();
            endpoints.forEach((label, sparql) -> {
                try (QueryExecution exec = QueryExecutionHTTP.service(sparql)
                        .query(q.getValue())
                        .acceptHeader("application/sparql-results+json")
                        .build()) {
                    byServer.put(label, (long) ResultSetFormatter.consume(exec.execSelect()));
                }
            });
            if (byServer.values().stream().distinct().count() != 1) {
                throw new IllegalStateException(q.getKey() + ": the servers answer different numbers of rows "
                        + byServer + ", so they do not serve the same data");
            }
            rows.put(q.getKey(), byServer.values().iterator().next());
        }
        return rows;
    }

    private void measureEndpoint() throws Exception {
        resultCacheOption = supportsResultCache();
        Map<String, String> queries = new LinkedHashMap<>();
        for (String name : mode.queries) {
            queries.put(name, Files.readString(Path.of("queries", name + ".rq")));
        }
        // gcm-kg without a result cache and Fuseki run side by side and take turns cell by cell, so that a change in
        // the machine's load while the cells run falls on both alike rather than on whichever ran then.
        Server ours = startOurs("serve-1x", 1, resultCacheOption ? List.of("--result-cache=0") : List.of());
        try {
            Server fuseki = startFuseki("fuseki-1x", tdb(1));
            try {
                Map<String, Server> servers = new LinkedHashMap<>();
                servers.put("gcm-kg", ours);
                servers.put("Fuseki", fuseki);
                Map<String, String> endpoints = new LinkedHashMap<>();
                servers.forEach((label, server) -> endpoints.put(label, server.sparql));
                answerRows.putAll(sameAnswers(endpoints, queries));
                measure(servers, queries, List.of(false, true));
                memory.put("serve 1×, after the endpoint runs", rssAndHeap(ours));
            } finally {
                Proc.stop(fuseki.process);
            }
        } finally {
            Proc.stop(ours.process);
        }
        // With its default result cache: repeated requests, whose answers it keeps.
        if (resultCacheOption) {
            Server cached = startOurs("serve-1x-cache", 1, List.of());
            try {
                measure(Map.of("gcm-kg, result cache", cached), queries, List.of(true));
            } finally {
                Proc.stop(cached.process);
            }
        }
    }

    /**
     * Measures every query, kind of request and number of clients on each of {@code servers} (by label): varied
     * requests in {@code mode.rounds} rounds, the servers taking turns in each round and starting in turn, repeated
     * requests in one round (their ratios are far from 1).
     */
    private void measure(Map<String, Server> servers, Map<String, String> queries, List<Boolean> kinds)
            throws InterruptedException {
        // Every server gets the same unmeasured pass over all the queries first, so that the cells compare servers
        // whose query engines the JIT has compiled, not whichever happened to run the same code paths just before
        // (a server answering repeated requests with 304 runs no query in those cells).
        for (String query : queries.values()) {
            for (Server server : servers.values()) {
                LoadDriver.run(server.sparql, query, false, TARGET_CLIENTS, mode.warmUpPass(), 0, 0, mode.warmUpPass());
            }
        }
        int turn = 0;
        for (Map.Entry<String, String> q : queries.entrySet()) {
            for (boolean repeated : kinds) {
                for (int clients : CLIENTS) {
                    Map<String, List<LoadDriver.Result>> rounds = new LinkedHashMap<>();
                    servers.keySet().forEach(label -> rounds.put(label, new ArrayList<>()));
                    for (int round = 0; round < mode.rounds(repeated, clients); round++) {
                        List<String> order = new ArrayList<>(servers.keySet());
                        if (turn++ % 2 == 1) {
                            Collections.reverse(order);
                        }
                        for (String label : order) {
                            LoadDriver.Result result = LoadDriver.run(
                                    servers.get(label).sparql,
                                    q.getValue(),
                                    repeated,
                                    clients,
                                    mode.warmup,
                                    mode.window(repeated, clients),
                                    mode.name.equals("quick") ? 8 : 20,
                                    20);
                            rounds.get(label).add(result);
                            log(String.format(
                                    Locale.ROOT,
                                    "%s %s %s c=%d round %d: %.0f req/s p50 %.1f ms, %d errors",
                                    label,
                                    q.getKey(),
                                    repeated ? "repeated" : "varied",
                                    clients,
                                    round + 1,
                                    result.throughput(),
                                    result.percentile(50),
                                    result.errors()));
                        }
                    }
                    rounds.forEach((label, results) -> cells.add(new Cell(q.getKey(), label, repeated, results)));
                }
            }
        }
    }

    private String rssAndHeap(Server server) {
        long rss = Proc.peakRssKb(server.process);
        long heap = Proc.peakHeapMb(work.resolve(server.name + ".gc"));
        return String.format(
                Locale.ROOT, "%d MB resident (peak), %d MB heap in use (peak, from the GC log)", rss / 1024, heap);
    }

    // ---------------------------------------------------------------- start-up

    private void measureStartup() {
        List<Double> existing = new ArrayList<>();
        List<Double> empty = new ArrayList<>();
        List<Double> fuseki = new ArrayList<>();
        for (int r = 0; r < mode.startupRuns; r++) {
            existing.add(startOnce("startup-existing-" + r, gcmServe(store(1))));
            Path fresh = work.resolve("store-startup-" + r);
            Proc.deleteTree(fresh);
            if (r < Math.max(1, mode.startupRuns - 1)) {
                empty.add(startOnce("startup-empty-" + r, gcmServe(fresh)));
            }
            Proc.deleteTree(fresh);
            int port = Proc.freePort();
            fuseki.add(startOnceAt("startup-fuseki-" + r, fusekiCommand(port, tdb(1)), port));
        }
        startup.put("gcm-kg `serve`, existing store (1×)", Stats.of(existing));
        startup.put("gcm-kg `serve`, empty store (builds it first, 1×)", Stats.of(empty));
        startup.put("stock Fuseki main, existing TDB2 store (1×)", Stats.of(fuseki));
    }

    private int port;

    private List<String> gcmServe(Path store) {
        port = Proc.freePort();
        return gcmKg(
                List.of(),
                "serve",
                "--store",
                store.toString(),
                "--corpus",
                corpus(1).toString(),
                "--port",
                String.valueOf(port));
    }

    private double startOnce(String name, List<String> command) {
        return startOnceAt(name, command, port);
    }

    private double startOnceAt(String name, List<String> command, int at) {
        long t = System.nanoTime();
        Process p = Proc.start(work.resolve(name + ".log"), command);
        try {
            double s = Proc.untilAnswered(p, "http://127.0.0.1:" + at + "/gcm/query", PROBE, t, 600);
            if (s < 0) {
                throw new IllegalStateException(name + " did not answer; see " + work.resolve(name + ".log"));
            }
            log(name + ": " + s + " s");
            return s;
        } finally {
            Proc.stop(p);
        }
    }

    // ---------------------------------------------------------------- memory

    private void measureMemory() throws Exception {
        for (int scale : new int[] {1, mode.memoryScale}) {
            StoreBuild build = storeBuilds.get(scale);
            if (build != null && !memory.containsKey("load " + scale + "×")) {
                memory.put(
                        "load " + scale + "×",
                        String.format(
                                Locale.ROOT,
                                "%d MB resident (peak), %d MB heap in use (peak, from the GC log)",
                                build.oursRssKb / 1024,
                                build.oursHeapMb));
            }
        }
        int scale = mode.memoryScale;
        if (scale > 1) {
            Server big = startOurs("serve-" + scale + "x", scale, List.of());
            try {
                allQueriesOnce(big);
                memory.put("serve " + scale + "×, after each query of queries/ once", rssAndHeap(big));
            } finally {
                Proc.stop(big.process);
            }
        }
        // The same corpus built and served within a 512 MB heap.
        Path small = work.resolve("store-" + scale + "x-xmx512m");
        Proc.deleteTree(small);
        // A heap too small shows as a JVM collecting for ever rather than failing: bounded by three times the
        // time the same load took with the default heap.
        StoreBuild withDefaultHeap = storeBuilds.get(scale);
        long bound = Math.max(120, (long) (3 * (withDefaultHeap == null ? 600 : withDefaultHeap.ours.max())));
        Proc.Run load = Proc.timed(
                work.resolve("load-" + scale + "x-xmx512m.log"),
                bound,
                gcmKg(
                        List.of("-Xmx512m", "-XX:+ExitOnOutOfMemoryError"),
                        "load",
                        "--corpus",
                        corpus(scale).toString(),
                        "--store",
                        small.toString()));
        log("load -Xmx512m " + scale + "x: " + load);
        if (!load.ok()) {
            xmx512 = load.exit() == -1
                    ? String.format(
                            Locale.ROOT,
                            "`load` of the %d× corpus with `-Xmx512m` did NOT finish within %d s (three times its time"
                                    + " with the default heap; %d MB heap in use at the end of its GC log): stopped",
                            scale,
                            bound,
                            load.peakHeapMb())
                    : String.format(
                            Locale.ROOT,
                            "`load` of the %d× corpus with `-Xmx512m` FAILED (exit %d after %.1f s%s)",
                            scale,
                            load.exit(),
                            load.seconds(),
                            outOfMemory(load.log()) ? ", out of memory" : "");
            return;
        }
        int port = Proc.freePort();
        Path gc = work.resolve("serve-" + scale + "x-xmx512m.gc");
        Process p = Proc.start(
                work.resolve("serve-" + scale + "x-xmx512m.log"),
                gcmKg(
                        List.of("-Xmx512m", "-XX:+ExitOnOutOfMemoryError", "-Xlog:gc:file=" + gc),
                        "serve",
                        "--store",
                        small.toString(),
                        "--corpus",
                        corpus(scale).toString(),
                        "--port",
                        String.valueOf(port)));
        try {
            Server server = new Server("serve-" + scale + "x-xmx512m", p, "http://127.0.0.1:" + port + "/gcm/query");
            if (Proc.untilAnswered(p, server.sparql, PROBE, System.nanoTime(), 600) < 0) {
                xmx512 = "`serve` of the " + scale + "× store with `-Xmx512m` did not answer";
                return;
            }
            int failed = allQueriesOnce(server);
            xmx512ok = failed == 0 && p.isAlive();
            xmx512 = String.format(
                    Locale.ROOT,
                    "`load` of the %d× corpus with `-Xmx512m`: done in %.1f s (%d MB resident, %d MB heap peak); "
                            + "`serve` with `-Xmx512m`: %d of %d queries of queries/ answered 200 (%s)",
                    scale,
                    load.seconds(),
                    load.maxRssKb() / 1024,
                    load.peakHeapMb(),
                    mode.queries.size() - failed,
                    mode.queries.size(),
                    rssAndHeap(server));
        } finally {
            Proc.stop(p);
        }
    }

    private static boolean outOfMemory(Path log) throws IOException {
        return Files.readString(log).contains("OutOfMemoryError");
    }

    /** Runs each query once at one client; returns how many did not answer 200. */
    private int allQueriesOnce(Server server) throws Exception {
        int failed = 0;
        for (String name : mode.queries) {
            if (Proc.status(server.sparql, Files.readString(Path.of("queries", name + ".rq"))) != 200) {
                failed++;
            }
        }
        return failed;
    }

    // ---------------------------------------------------------------- the document

    private void writeDoc() throws IOException {
        new BenchmarkDoc(this).write(doc, plots);
    }

    Mode mode() {
        return mode;
    }

    Set<String> only() {
        return only;
    }

    Map<Integer, Extraction> extraction() {
        return extraction;
    }

    Map<Integer, Streamed> streamed() {
        return streamed;
    }

    Map<Integer, StoreBuild> storeBuilds() {
        return storeBuilds;
    }

    /** The rows of each query's answer, the same from every server measured. */
    Map<String, Long> answerRows() {
        return answerRows;
    }

    List<Cell> cells() {
        return cells;
    }

    Map<String, Stats> startupTimes() {
        return startup;
    }

    Map<String, String> memoryFigures() {
        return memory;
    }

    boolean resultCacheOption() {
        return resultCacheOption;
    }

    String xmx512() {
        return xmx512;
    }

    boolean xmx512ok() {
        return xmx512ok;
    }

    Map<String, Double> sectionSeconds() {
        return sectionSeconds;
    }

    double totalSeconds() {
        return seconds(started);
    }

    Instant startedAt() {
        return startedAt.truncatedTo(ChronoUnit.SECONDS);
    }

    List<String> notes() {
        return notes;
    }

    static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "?";
        }
    }

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double seconds(long fromNanos) {
        return (System.nanoTime() - fromNanos) / 1e9;
    }

    private void log(String message) {
        System.err.printf(Locale.ROOT, "[bench %7.1f s, load %.1f] %s%n", seconds(started), loadAverage(), message);
    }
}

package org.gcmkg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.apache.commons.io.FileUtils;
import org.apache.jena.Jena;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local copy of vocabularies the graph links to, such as the UN SDG Knowledge Organization System and code lists
 * (the linked data the UN publishes under {@code http://metadata.un.org/sdg/}), loaded from the RDF files of a
 * directory into one in-memory dataset, so that the server can serve it beside the graph (at {@value #PATH}) and
 * federated queries written for the publisher's endpoint run offline.
 * <p>
 * Every {@code .ttl}, {@code .rdf}, {@code .owl}, {@code .nt} and {@code .jsonld} file of the directory (not its
 * subdirectories) goes into the default graph; other files, such as a README, are left alone.
 */
public final class VocabDataset {
    /** Where the server serves the vocabularies. */
    public static final String PATH = "/sdg";
    /**
     * The endpoint federated queries name for these vocabularies, on the server's default allow-list. The UN's own
     * dataset description names no public SPARQL endpoint ({@code void:sparqlEndpoint <http://there-s.no.endpoint>}),
     * so the commands answer it from {@value #PATH} by default.
     */
    public static final String PUBLIC_ENDPOINT = "https://metadata.un.org/sparql";

    private static final Logger LOG = LoggerFactory.getLogger(VocabDataset.class);
    private static final Set<String> EXTENSIONS = Set.of("ttl", "rdf", "owl", "nt", "jsonld");

    private VocabDataset() {}

    /**
     * The vocabularies of {@code directory}.
     *
     * @throws IllegalArgumentException when it is not a directory, holds no vocabulary file, or a file is not valid
     *                                  RDF (the message names the file and, from the parser, the line)
     * @throws UncheckedIOException     when the directory or a file cannot be read
     */
    public static DatasetGraph load(Path directory) {
        List<Path> files = checkedFiles(directory);
        long start = System.nanoTime();
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        parse(files, dataset);
        logParsed(dataset, files, directory, start);
        return dataset;
    }

    /** Parses {@code files} into the default graph of {@code dataset}, in one write transaction. */
    private static void parse(List<Path> files, DatasetGraph dataset) {
        Txn.executeWrite(dataset, () -> {
            for (Path file : files) {
                try {
                    RDFParser.source(file).parse(dataset.getDefaultGraph());
                } catch (RiotException e) {
                    throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
                }
            }
        });
    }

    private static void logParsed(DatasetGraph dataset, List<Path> files, Path directory, long start) {
        long triples =
                Txn.calculateRead(dataset, () -> dataset.getDefaultGraph().size());
        LOG.info(
                "vocabularies: {} triples from {} files of {} in {} ms",
                triples,
                files.size(),
                directory,
                (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * The vocabularies of {@code directory}, as {@link #load} reads them, from a TDB2 copy kept under {@code cache}
     * (e.g. in the store's directory): the files are parsed once, into the copy, and a later start opens it instead
     * of parsing them again, which took a third of a server's start-up. The copy is named by a digest of the files
     * and of the Jena version, so a changed file or another Jena makes a new one (older copies are deleted). When the
     * cache cannot be written, the vocabularies are loaded into memory as {@link #load} does. Release the dataset
     * with {@link #close}.
     *
     * @throws IllegalArgumentException as {@link #load}
     * @throws UncheckedIOException     as {@link #load}
     */
    public static DatasetGraph open(Path directory, Path cache) {
        List<Path> files = checkedFiles(directory);
        long start = System.nanoTime();
        Path copy = cache.resolve(digest(files));
        if (Files.isDirectory(copy)) {
            try {
                DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(copy.toString());
                LOG.info(
                        "vocabularies: {} files of {} from their copy {} in {} ms",
                        files.size(),
                        directory,
                        copy,
                        (System.nanoTime() - start) / 1_000_000);
                return dataset;
            } catch (RuntimeException e) {
                LOG.warn("vocabularies: their copy {} cannot be opened ({}); copying them anew", copy, e.getMessage());
                deleteQuietly(copy);
            }
        }
        Path part;
        try {
            Files.createDirectories(cache);
            part = Files.createTempDirectory(cache, "part-");
        } catch (IOException e) {
            LOG.warn("vocabularies: cannot keep a copy in {} ({}); served from memory", cache, e.getMessage());
            return load(directory);
        }
        // Parsed straight into the copy: a file that is not valid RDF leaves no copy behind.
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(part.toString());
        try {
            parse(files, tdb);
            logParsed(tdb, files, directory, start);
        } catch (RuntimeException e) {
            TDBInternal.expel(tdb);
            deleteQuietly(part);
            throw e;
        }
        TDBInternal.expel(tdb);
        try {
            try (Stream<Path> old = Files.list(cache)) {
                old.filter(p -> !p.equals(part)).forEach(VocabDataset::deleteQuietly);
            }
            Files.move(part, copy, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the copy of the vocabularies in " + copy, e);
        }
        LOG.info("vocabularies: kept in {} for the next start", copy);
        return DatabaseMgr.connectDatasetGraph(copy.toString());
    }

    /** Releases a dataset of {@link #open} or {@link #load}. */
    public static void close(DatasetGraph dataset) {
        if (TDBInternal.isTDB2(dataset)) {
            TDBInternal.expel(dataset);
        } else {
            dataset.close();
        }
    }

    /**
     * A digest of the files (names, sizes and CRC-32 checksums) and of the Jena version that stores them. CRC-32 rather
     * than a cryptographic hash of the contents: it is computed natively, where SHA-256 runs in the interpreter this
     * early in the process (an eighth of the start-up), and a copy only needs to notice that a file changed.
     */
    private static String digest(List<Path> files) {
        StringBuilder key = new StringBuilder("gcm-kg vocabularies\0jena " + Jena.VERSION);
        try {
            for (Path file : files) {
                byte[] bytes = Files.readAllBytes(file);
                CRC32 crc = new CRC32();
                crc.update(bytes);
                key.append('\0')
                        .append(file.getFileName())
                        .append('\0')
                        .append(bytes.length)
                        .append('\0')
                        .append(crc.getValue());
            }
            byte[] sha =
                    MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
            return "tdb2-" + HexFormat.of().formatHex(sha, 0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path directory) {
        if (Files.exists(directory) && !FileUtils.deleteQuietly(directory.toFile())) {
            LOG.warn("could not delete {}", directory);
        }
    }

    private static List<Path> checkedFiles(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException(directory + ": not a directory of vocabulary files");
        }
        List<Path> files = files(directory);
        if (files.isEmpty()) {
            throw new IllegalArgumentException(directory + ": no vocabulary file (."
                    + String.join(", .", EXTENSIONS.stream().sorted().toList()) + ")");
        }
        return files;
    }

    private static List<Path> files(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(Files::isRegularFile)
                    .filter(VocabDataset::isVocabulary)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isVocabulary(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}

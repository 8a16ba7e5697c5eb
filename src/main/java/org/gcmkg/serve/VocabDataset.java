package org.gcmkg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
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
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException(directory + ": not a directory of vocabulary files");
        }
        List<Path> files = files(directory);
        if (files.isEmpty()) {
            throw new IllegalArgumentException(directory + ": no vocabulary file (."
                    + String.join(", .", EXTENSIONS.stream().sorted().toList()) + ")");
        }
        long start = System.nanoTime();
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dataset, () -> {
            for (Path file : files) {
                try {
                    RDFParser.source(file).parse(dataset.getDefaultGraph());
                } catch (RiotException e) {
                    throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
                }
            }
        });
        long triples =
                Txn.calculateRead(dataset, () -> dataset.getDefaultGraph().size());
        LOG.info(
                "vocabularies: {} triples from {} files of {} in {} ms",
                triples,
                files.size(),
                directory,
                (System.nanoTime() - start) / 1_000_000);
        return dataset;
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

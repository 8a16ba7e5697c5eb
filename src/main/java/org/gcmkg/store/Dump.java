package org.gcmkg.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.Prefixes;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.gcmkg.graph.CompactJsonLd;

/**
 * The downloadable dumps of a store generation, written once when the generation is built. The triple formats hold
 * the union of all graphs (each triple once), TriG keeps one named graph per source document and the ontology.
 */
public enum Dump {
    /**
     * Streamed by subject, with the prefixes ({@link TurtleDump}): Jena's pretty Turtle, which nests blank nodes and
     * lists, first analyses the whole graph and holds every subject in memory, and took 60 % more time at 100x than
     * Jena's streaming block writer, which TurtleDump has since replaced.
     */
    TURTLE("gcm.ttl", RDFFormat.TURTLE, false),
    /** Jena's streaming writer: {@link TurtleDump}'s terms wrote it in the same time at 100x, gzip takes most of it. */
    NTRIPLES_GZIP("gcm.nt.gz", RDFFormat.NTRIPLES_UTF8, true),
    /** Flat under the graph's own context, streamed by subject ({@link CompactJsonLd}), rather than by Jena. */
    JSONLD("gcm.jsonld", RDFFormat.JSONLD, false),
    /** Streamed by graph and subject ({@link TurtleDump}). */
    TRIG("gcm.trig", RDFFormat.TRIG, false),
    /** For the tools that read RDF/XML only (Protégé's oldest versions, XSLT pipelines); written by {@link RdfXmlDump}. */
    RDFXML("gcm.rdf", RDFFormat.RDFXML_PLAIN, false);

    /** Folder of a generation holding the dumps. */
    static final String FOLDER = "dumps";

    private final String fileName;
    private final RDFFormat format;
    private final boolean gzip;

    Dump(String fileName, RDFFormat format, boolean gzip) {
        this.fileName = fileName;
        this.format = format;
        this.gzip = gzip;
    }

    public String fileName() {
        return fileName;
    }

    /** The media type of the RDF in the file (before compression). */
    public String rdfMediaType() {
        return format.getLang().getHeaderString();
    }

    /** Whether it holds the named graphs rather than their union (JSON-LD could, but this dump holds the union). */
    boolean quads() {
        return this == TRIG;
    }

    public boolean compressed() {
        return gzip;
    }

    /** The Content-Type it is served with; the gzipped dump is a file to download, not a compressed transfer. */
    public String mediaType() {
        return gzip ? "application/gzip" : rdfMediaType();
    }

    public static Optional<Dump> named(String fileName) {
        for (Dump d : values()) {
            if (d.fileName.equals(fileName)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** Writes this dump of {@code dataset} (in a read transaction) into {@code folder}, complete or not at all. */
    void write(DatasetGraph dataset, Path folder) {
        if (quads()) {
            write(folder, out -> TurtleDump.namedGraphs(dataset, dataset.prefixes(), out));
        } else {
            ExtendedIterator<Triple> triples = dataset.getDefaultGraph().find();
            try {
                writeUnion(triples, dataset.prefixes(), folder);
            } finally {
                triples.close();
            }
        }
    }

    /**
     * Writes this dump, a triple format, of the union of a store's graphs, given as {@code triples} in the store's order
     * (by subject), into {@code folder}, complete or not at all.
     */
    void writeUnion(Iterator<Triple> triples, PrefixMap prefixes, Path folder) {
        write(folder, out -> {
            switch (this) {
                case JSONLD -> CompactJsonLd.writeStored(triples, Prefixes.adapt(prefixes), out);
                case RDFXML -> RdfXmlDump.write(triples, Prefixes.adapt(prefixes), out);
                case TURTLE -> TurtleDump.triples(triples, prefixes, out);
                case NTRIPLES_GZIP -> {
                    StreamRDF writer = StreamRDFWriter.getWriterStream(out, format);
                    writer.start();
                    triples.forEachRemaining(writer::triple);
                    writer.finish();
                }
                case TRIG -> throw new IllegalArgumentException(fileName + " holds the named graphs, not their union");
            }
        });
    }

    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    private void write(Path folder, Body body) {
        Path target = folder.resolve(fileName);
        Path partial = folder.resolve(fileName + ".part");
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16);
                OutputStream out = gzip ? new GZIPOutputStream(file, 1 << 16) : file) {
            body.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

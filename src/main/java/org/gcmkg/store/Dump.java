package org.gcmkg.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.Prefixes;
import org.apache.jena.sparql.core.DatasetGraph;
import org.gcmkg.graph.CompactJsonLd;

/**
 * The downloadable dumps of a store generation, written once when the generation is built. The triple formats hold
 * the union of all graphs (each triple once), TriG keeps one named graph per source document and the ontology.
 */
public enum Dump {
    TURTLE("gcm.ttl", "text/turtle", RDFFormat.TURTLE_PRETTY, false, false),
    NTRIPLES_GZIP("gcm.nt.gz", "application/n-triples", RDFFormat.NTRIPLES_UTF8, false, true),
    /** Written by RDF4J Rio, flat under the graph's own context ({@link CompactJsonLd}). */
    JSONLD("gcm.jsonld", "application/ld+json", null, false, false),
    TRIG("gcm.trig", "application/trig", RDFFormat.TRIG_BLOCKS, true, false),
    /** For the tools that read RDF/XML only (Protégé's oldest versions, XSLT pipelines). */
    RDFXML("gcm.rdf", "application/rdf+xml", RDFFormat.RDFXML_PLAIN, false, false);

    /** Folder of a generation holding the dumps. */
    static final String FOLDER = "dumps";

    private final String fileName;
    private final String rdfMediaType;
    private final RDFFormat format;
    private final boolean quads;
    private final boolean gzip;

    Dump(String fileName, String rdfMediaType, RDFFormat format, boolean quads, boolean gzip) {
        this.fileName = fileName;
        this.rdfMediaType = rdfMediaType;
        this.format = format;
        this.quads = quads;
        this.gzip = gzip;
    }

    public String fileName() {
        return fileName;
    }

    /** The media type of the RDF in the file (before compression). */
    public String rdfMediaType() {
        return rdfMediaType;
    }

    public boolean compressed() {
        return gzip;
    }

    /** The Content-Type it is served with; the gzipped dump is a file to download, not a compressed transfer. */
    public String mediaType() {
        return gzip ? "application/gzip" : rdfMediaType;
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
        Path target = folder.resolve(fileName);
        Path partial = folder.resolve(fileName + ".part");
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16);
                OutputStream out = gzip ? new GZIPOutputStream(file, 1 << 16) : file) {
            if (format == null) {
                CompactJsonLd.write(dataset.getDefaultGraph(), Prefixes.adapt(dataset.prefixes()), out);
            } else if (quads) {
                RDFDataMgr.write(out, NamedGraphsView.of(dataset), format);
            } else {
                RDFDataMgr.write(out, dataset.getDefaultGraph(), format);
            }
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

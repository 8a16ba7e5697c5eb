package org.gcmkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.apache.jena.Jena;
import org.gcmkg.corpus.Corpus;
import org.gcmkg.corpus.SourceText;
import org.gcmkg.extract.Extractor;
import org.gcmkg.graph.Ontology;
import org.gcmkg.kind.KnowledgeGraph;
import org.gcmkg.link.Links;
import org.gcmkg.reference.Countries;

/**
 * What a store was built from, as one SHA-256: the corpus documents (names and text), and the code and resources that
 * turn them into the graph (names, sizes and CRC-32). A store whose fingerprint matches needs no rebuild; any change to a document, to the
 * reference data, extraction, linking or graph code, to the ontology or data files, or to how the store itself is
 * written (this package: text index, dumps) gives another fingerprint.
 */
public final class StoreFingerprint {
    /** Classpath folders whose every file goes into the fingerprint. */
    static final List<String> CODE_FOLDERS = List.of(
            "org/gcmkg/corpus/",
            "org/gcmkg/reference/",
            "org/gcmkg/extract/",
            "org/gcmkg/link/",
            "org/gcmkg/graph/",
            "org/gcmkg/kind/",
            "org/gcmkg/store/",
            "META-INF/services/",
            "ontology/",
            "reference/",
            "link/",
            "mappings/");

    private StoreFingerprint() {}

    public static String of(Corpus corpus) {
        MessageDigest sha = sha256();
        update(sha, "gcm-kg store\0jena " + Jena.VERSION + "\0");
        for (SourceText document : corpus.documents()) {
            entry(sha, "corpus/" + document.fileName(), document.content().getBytes(StandardCharsets.UTF_8));
        }
        codeFiles().forEach((name, file) -> update(sha, name + "\0" + file.size() + "\0" + file.crc() + "\0"));
        return HexFormat.of().formatHex(sha.digest());
    }

    /** A code file, by its size and the CRC-32 of its bytes. */
    record CodeFile(long size, long crc) {}

    /**
     * The files under {@link #CODE_FOLDERS}, by name, from wherever the build's classes are: {@code target/classes}
     * in a development build, the shaded jar when installed. Each is taken by its size and CRC-32, which a jar keeps
     * in its index: a server's start reads none of the megabyte of classes and data files, nor hashes it with SHA-256
     * in a JVM that has not compiled it yet (a sixth of the start-up). A CRC-32 is enough to notice that the code
     * changed.
     */
    static Map<String, CodeFile> codeFiles() {
        Map<String, CodeFile> files = new TreeMap<>();
        for (Path root : codeRoots()) {
            if (Files.isDirectory(root)) {
                readFolder(root, files);
            } else {
                readJar(root, files);
            }
        }
        if (files.keySet().stream().noneMatch(n -> n.endsWith(".class"))) {
            throw new IllegalStateException("no classes of the graph build found under " + codeRoots());
        }
        return files;
    }

    private static Set<Path> codeRoots() {
        Set<Path> roots = new LinkedHashSet<>();
        for (Class<?> c : List.of(
                Corpus.class,
                Countries.class,
                Extractor.class,
                Links.class,
                KnowledgeGraph.class,
                StoreFingerprint.class)) {
            roots.add(location(
                    c.getProtectionDomain().getCodeSource().getLocation().toExternalForm()));
        }
        // The ontology is copied in from another source folder: in an IDE it may sit apart from the classes.
        URL ontology = Ontology.class.getResource(Ontology.ONTOLOGY_RESOURCE);
        if (ontology != null) {
            String url = ontology.toExternalForm();
            roots.add(location(
                    url.startsWith("jar:")
                            ? url.substring("jar:".length(), url.indexOf("!/"))
                            : url.substring(0, url.length() - Ontology.ONTOLOGY_RESOURCE.length() + 1)));
        }
        return roots;
    }

    private static void readFolder(Path root, Map<String, CodeFile> files) {
        for (String folder : CODE_FOLDERS) {
            Path dir = root.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    String name = root.relativize(file)
                            .toString()
                            .replace(file.getFileSystem().getSeparator(), "/");
                    byte[] bytes = Files.readAllBytes(file);
                    CRC32 crc = new CRC32();
                    crc.update(bytes);
                    files.put(name, new CodeFile(bytes.length, crc.getValue()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void readJar(Path jar, Map<String, CodeFile> files) {
        try (JarFile file = new JarFile(jar.toFile())) {
            for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                JarEntry entry = entries.nextElement();
                // A loop rather than a stream per entry: this runs for each of the jar's tens of thousands of entries,
                // before the JIT has compiled it.
                if (!entry.isDirectory() && inCodeFolder(entry.getName())) {
                    files.put(entry.getName(), new CodeFile(entry.getSize(), entry.getCrc()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean inCodeFolder(String name) {
        for (String folder : CODE_FOLDERS) {
            if (name.startsWith(folder)) {
                return true;
            }
        }
        return false;
    }

    private static Path location(String url) {
        try {
            return Path.of(new URI(url));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot locate the classes at " + url, e);
        }
    }

    private static void entry(MessageDigest sha, String name, byte[] bytes) {
        update(sha, name + "\0" + bytes.length + "\0");
        sha.update(bytes);
    }

    private static void update(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

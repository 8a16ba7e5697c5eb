package org.gcmkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.gcmkg.corpus.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreFingerprintTest {
    @TempDir
    Path tmp;

    private Path corpus(String name, String... fileAndText) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(name));
        for (int i = 0; i < fileAndText.length; i += 2) {
            Files.writeString(dir.resolve(fileAndText[i]), fileAndText[i + 1]);
        }
        return dir;
    }

    private static String fingerprint(Path dir) {
        return StoreFingerprint.of(Corpus.open(dir));
    }

    @Test
    void sameCorpusSameFingerprint() throws Exception {
        Path a = corpus("a", "one.txt", "First document.\n", "two.txt", "Second document.\n");
        Path b = corpus("b", "one.txt", "First document.\n", "two.txt", "Second document.\n");
        assertEquals(fingerprint(a), fingerprint(a));
        assertEquals(fingerprint(a), fingerprint(b));
        assertEquals(64, fingerprint(a).length());
    }

    @Test
    void anyChangeToTheDocumentsChangesIt() throws Exception {
        String base = fingerprint(corpus("base", "one.txt", "First document.\n", "two.txt", "Second document.\n"));
        assertNotEquals(
                base, fingerprint(corpus("text", "one.txt", "First document!\n", "two.txt", "Second document.\n")));
        assertNotEquals(
                base,
                fingerprint(corpus("renamed", "one.txt", "First document.\n", "three.txt", "Second document.\n")));
        assertNotEquals(
                base,
                fingerprint(corpus(
                        "added",
                        "one.txt",
                        "First document.\n",
                        "two.txt",
                        "Second document.\n",
                        "zz.txt",
                        "A note.\n")));
        // Files the corpus does not read do not count.
        assertEquals(
                base,
                fingerprint(corpus(
                        "readme",
                        "one.txt",
                        "First document.\n",
                        "two.txt",
                        "Second document.\n",
                        "README.md",
                        "About the corpus.\n")));
    }

    @Test
    void codeIsTheGraphBuildAndTheStoreNotTheServer() {
        Set<String> files = StoreFingerprint.codeFiles().keySet();
        for (String expected : new String[] {
            "org/gcmkg/corpus/Corpus.class",
            "org/gcmkg/extract/booklet/BookletExtractor.class",
            "org/gcmkg/link/InstrumentRegistry.class",
            "org/gcmkg/kind/KnowledgeGraph.class",
            "META-INF/services/org.gcmkg.kind.DocumentKind",
            "org/gcmkg/store/GraphStore.class",
            "ontology/gcm.ttl",
            "ontology/shapes.ttl",
            "link/instrument-aliases.tsv"
        }) {
            assertTrue(files.contains(expected), expected + " in " + files);
        }
        for (String file : files) {
            assertTrue(
                    !file.startsWith("org/gcmkg/serve/")
                            && !file.startsWith("org/gcmkg/cli/")
                            && !file.startsWith("webapp/"),
                    file);
        }
    }
}

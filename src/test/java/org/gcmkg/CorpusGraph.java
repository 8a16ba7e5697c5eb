package org.gcmkg;

import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.gcmkg.corpus.Corpus;
import org.gcmkg.kind.KnowledgeGraph;

/**
 * The graph of the real corpus ({@code data/corpus}), built once per test JVM for every test that reads it, on first
 * use. Read-only, so that no test can change what the others see: a write fails.
 */
public final class CorpusGraph {
    public static final Path CORPUS = Path.of("data/corpus");
    private static Dataset graph;

    private CorpusGraph() {}

    public static synchronized Dataset get() {
        if (graph == null) {
            Dataset built = KnowledgeGraph.build(Corpus.open(CORPUS));
            graph = DatasetFactory.wrap(new DatasetGraphReadOnly(built.asDatasetGraph()));
        }
        return graph;
    }
}

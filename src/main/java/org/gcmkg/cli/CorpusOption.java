package org.gcmkg.cli;

import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.gcmkg.corpus.Corpus;
import org.gcmkg.kind.KnowledgeGraph;
import picocli.CommandLine.Option;

/** The {@code --corpus DIR} option every command that builds the graph takes. */
final class CorpusOption {
    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "data/corpus",
            description = "Directory of the corpus documents (default: ${DEFAULT-VALUE}).")
    Path directory;

    Dataset buildGraph() {
        return KnowledgeGraph.build(Corpus.open(directory));
    }
}

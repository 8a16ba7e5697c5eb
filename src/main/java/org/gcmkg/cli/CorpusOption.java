package org.gcmkg.cli;

import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.gcmkg.corpus.Corpus;
import org.gcmkg.kind.KnowledgeGraph;
import org.gcmkg.store.GraphStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --corpus DIR} and {@code --lenient} options every command that builds the graph takes. */
final class CorpusOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(
            names = "--corpus",
            paramLabel = "DIR",
            defaultValue = "data/corpus",
            description = "Directory of the corpus documents (default: ${DEFAULT-VALUE}).")
    Path directory;

    @Option(
            names = "--lenient",
            description = "Build the graph of the documents that can be read whole, and list "
                    + "each one left out (with its error) instead of refusing the corpus; serve publishes such a partial "
                    + "graph only with this option.")
    boolean lenient;

    Dataset buildGraph() {
        Corpus corpus = Corpus.open(directory);
        return lenient
                ? KnowledgeGraph.buildLenient(corpus, e -> skipped(e.getMessage()))
                : KnowledgeGraph.build(corpus);
    }

    /** {@code store}, lenient when {@code --lenient} was given. */
    GraphStore store(GraphStore store) {
        return lenient ? store.lenient(this::skipped) : store;
    }

    private void skipped(String error) {
        command.commandLine().getErr().println("gcm-kg: skipped: " + error);
    }
}

package org.gcmkg.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.BiFunction;
import org.gcmkg.corpus.Corpus;
import org.gcmkg.corpus.InputException;
import org.gcmkg.store.GraphStore;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of the commands that use the persistent store: the corpus it is built from, and where it is kept. */
final class StoreOption {
    @Mixin
    CorpusOption corpus;

    @Option(
            names = "--store",
            paramLabel = "DIR",
            defaultValue = "run/store",
            description = "Directory of the persistent store (default: ${DEFAULT-VALUE}).")
    Path directory;

    @Option(names = "--rebuild", description = "Rebuild the store even if it is up to date.")
    boolean rebuild;

    /**
     * Where the server keeps its TDB2 copy of the vocabularies of {@code --vocab}, parsed once rather than at every
     * start: beside the store's generations.
     */
    Path vocabularyCopies() {
        return directory.resolve("vocab");
    }

    /** The store, lenient when {@code --lenient} was given. */
    GraphStore open() {
        return corpus.store(new GraphStore(directory));
    }

    /**
     * What {@code build} (a {@link GraphStore} method) makes of the corpus, rebuilding when {@code --rebuild} was
     * given; a store that cannot be built is bad input.
     */
    <T> T build(BiFunction<Corpus, Boolean, T> build) {
        try {
            return build.apply(Corpus.open(corpus.directory), rebuild);
        } catch (IllegalStateException | UncheckedIOException e) {
            throw new InputException(e.getMessage(), e);
        }
    }
}

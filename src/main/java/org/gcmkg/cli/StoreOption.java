package org.gcmkg.cli;

import java.nio.file.Path;
import org.gcmkg.store.GraphStore;
import picocli.CommandLine.Option;

/** The options of the commands that use the persistent store. */
final class StoreOption {
    @Option(
            names = "--store",
            paramLabel = "DIR",
            defaultValue = "run/store",
            description = "Directory of the persistent store (default: ${DEFAULT-VALUE}).")
    Path directory;

    @Option(names = "--rebuild", description = "Rebuild the store even if it is up to date.")
    boolean rebuild;

    GraphStore open() {
        return new GraphStore(directory);
    }
}

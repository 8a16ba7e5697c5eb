package org.gcmkg.cli;

import java.util.concurrent.Callable;
import org.gcmkg.store.GraphStore;
import org.gcmkg.store.StoreInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
        name = "load",
        mixinStandardHelpOptions = true,
        description = "Builds the persistent store that serve uses (TDB2 dataset, full-text index, dumps) without "
                + "serving it. Does nothing when the store was built from the same corpus with the same code. The new "
                + "store replaces the old one only once complete. Prints the generation it leaves current.")
final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        GraphStore graphStore = store.open();
        GraphStore.Loaded loaded = store.build(graphStore::load);
        StoreInfo info = loaded.info();
        spec.commandLine()
                .getOut()
                .printf(
                        "%s: %s, %d triples, built %s%s%n",
                        graphStore.directory().resolve(info.generation()),
                        loaded.rebuilt() ? "built now" : "up to date",
                        info.triples(),
                        info.builtAt(),
                        loaded.rebuilt() ? " in " + info.buildMillis() + " ms" : "");
        return 0;
    }
}

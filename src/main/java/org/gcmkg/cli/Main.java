package org.gcmkg.cli;

import org.gcmkg.corpus.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code gcm-kg} command line. */
@Command(
        name = "gcm-kg",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Builds the knowledge graph of the Global Compact for Migration from its corpus, and exports, "
                + "validates, queries or serves it.",
        subcommands = {
            ExportCommand.class,
            ValidateCommand.class,
            QueryCommand.class,
            LoadCommand.class,
            ServeCommand.class
        })
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code: 0 done, 1 not valid, 2 bad input or usage. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        // The one place bad input becomes exit code 2: commands throw, none prints its own error.
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof InputException) {
                commandLine.getErr().println("gcm-kg: error: " + e.getMessage());
                return 2;
            }
            throw e;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.err);
    }
}

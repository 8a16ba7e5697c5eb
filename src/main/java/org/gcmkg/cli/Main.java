package org.gcmkg.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.gcmkg.corpus.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code gcm-kg} command line. */
@Command(
        name = "gcm-kg",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Builds the knowledge graph of the Global Compact for Migration from its corpus, and exports, "
                + "validates, queries or serves it.")
public final class Main implements Runnable {
    /** The subcommands, by name, in the order the help lists them. */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("export", ExportCommand::new);
        commands.put("validate", ValidateCommand::new);
        commands.put("query", QueryCommand::new);
        commands.put("load", LoadCommand::new);
        commands.put("serve", ServeCommand::new);
        return commands;
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code: 0 done, 1 not valid, 2 bad input or usage. */
    public static int run(String... args) {
        // Only the subcommand named is built, when one is: picocli reads the annotations of every command it is given,
        // which took a sixth of a server's start-up.
        CommandLine cli = args.length > 0 && COMMANDS.containsKey(args[0]) ? withCommand(args[0]) : full();
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

    /** The command line with every subcommand. */
    private static CommandLine full() {
        CommandLine cli = new CommandLine(new Main());
        COMMANDS.forEach((name, command) -> cli.addSubcommand(name, command.get()));
        return cli;
    }

    private static CommandLine withCommand(String name) {
        return new CommandLine(new Main())
                .addSubcommand(name, COMMANDS.get(name).get());
    }

    @Override
    public void run() {
        full().usage(System.err);
    }
}

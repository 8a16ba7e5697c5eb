package org.gcmkg.cli;

import org.gcmkg.ThreadConsole;

/** The command line run in-process on the calling thread: its exit code, and what it printed to stdout and stderr. */
public record CommandRun(int exitCode, String out, String err) {
    public static CommandRun run(String... args) {
        try {
            ThreadConsole.Captured<Integer> run = ThreadConsole.capture(() -> Main.run(args));
            return new CommandRun(run.result(), run.out(), run.err());
        } catch (Exception e) {
            // Main.run reports bad input as exit code 2; anything else it throws is a failure of the test.
            throw new IllegalStateException(e);
        }
    }
}

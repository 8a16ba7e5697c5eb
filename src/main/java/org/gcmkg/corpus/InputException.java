package org.gcmkg.corpus;

/**
 * Bad input from the user: a corpus, a query, an option's file or directory. The message is one line naming the
 * file, the line where known, and what was expected, because it is what a user sees instead of a stack trace; the
 * command line maps every one to exit code 2.
 */
public class InputException extends RuntimeException {
    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}

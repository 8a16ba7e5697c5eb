package org.gcmkg.corpus;

/**
 * Bad or unreadable input. The message is one line naming the file, the line where known, and what was expected,
 * because it is what a user sees instead of a stack trace.
 */
public class CorpusException extends RuntimeException {
    public CorpusException(String message) {
        super(message);
    }

    public CorpusException(String message, Throwable cause) {
        super(message, cause);
    }

    public static CorpusException at(String fileName, int line, String expectation) {
        return new CorpusException(fileName + ":" + line + ": " + expectation);
    }
}

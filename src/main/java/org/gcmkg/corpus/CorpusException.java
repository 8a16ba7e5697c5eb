package org.gcmkg.corpus;

/** A corpus document, or the corpus directory, that is missing, unreadable or without the shape of its kind. */
public class CorpusException extends InputException {
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

package org.gcmkg;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/**
 * What one thread writes to {@code System.out} and {@code System.err} while it runs something in-process (the command
 * line, for the tests that check what it prints). Both are replaced once, for the whole JVM, by streams that hand a
 * thread's bytes to its capture while it has one, and everything else to the streams they replaced: the tests running
 * beside it on other threads keep their output, logging included, and none of it ends up in a capture.
 */
public final class ThreadConsole {
    /** What a thread wrote while captured, and what the captured code returned. */
    public record Captured<T>(T result, String out, String err) {}

    private static final ThreadLocal<ByteArrayOutputStream> OUT = new ThreadLocal<>();
    private static final ThreadLocal<ByteArrayOutputStream> ERR = new ThreadLocal<>();

    static {
        System.setOut(new PrintStream(new Routed(System.out, OUT), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Routed(System.err, ERR), true, StandardCharsets.UTF_8));
    }

    private ThreadConsole() {}

    /** Runs {@code code} on this thread, catching what it writes to {@code System.out} and {@code System.err}. */
    public static <T> Captured<T> capture(Callable<T> code) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        OUT.set(out);
        ERR.set(err);
        try {
            T result = code.call();
            System.out.flush();
            System.err.flush();
            return new Captured<>(result, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            OUT.remove();
            ERR.remove();
        }
    }

    /** Bytes to the writing thread's capture, if it has one, else where they went before. */
    private static final class Routed extends OutputStream {
        private final PrintStream original;
        private final ThreadLocal<ByteArrayOutputStream> capture;

        Routed(PrintStream original, ThreadLocal<ByteArrayOutputStream> capture) {
            this.original = original;
            this.capture = capture;
        }

        private OutputStream target() {
            ByteArrayOutputStream captured = capture.get();
            return captured != null ? captured : original;
        }

        @Override
        public void write(int b) throws IOException {
            target().write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            target().write(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            target().flush();
        }
    }
}

package org.gcmkg.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file of tuples of TDB2 node ids, each id in its 8-byte on-disk form, written in the order the graph is built and
 * read back as often as there are indexes to make from it. On disk rather than in the heap: at 100× the quads alone
 * are 3.3 million tuples, 106 MB.
 */
final class TupleRows implements AutoCloseable {
    private final Path file;
    private final int width;
    private final DataOutputStream out;
    private long rows;

    TupleRows(Path file, int width) throws IOException {
        this.file = file;
        this.width = width;
        this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    }

    int width() {
        return width;
    }

    long rows() {
        return rows;
    }

    void add(long... ids) {
        try {
            for (long id : ids) {
                out.writeLong(id);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows++;
    }

    /** Ends writing; the rows can then be read. */
    @Override
    public void close() throws IOException {
        out.close();
    }

    /** Reads the rows in the order they were written. */
    Reader read() throws IOException {
        return new Reader(new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16)));
    }

    final class Reader implements AutoCloseable {
        private final DataInputStream in;

        private Reader(DataInputStream in) {
            this.in = in;
        }

        /** Reads the next row into {@code row}; false at the end. */
        boolean next(long[] row) throws IOException {
            try {
                row[0] = in.readLong();
            } catch (EOFException end) {
                return false;
            }
            for (int i = 1; i < width; i++) {
                row[i] = in.readLong();
            }
            return true;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}

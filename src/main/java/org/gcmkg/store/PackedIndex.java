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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.trans.bplustree.rewriter.BPlusTreeRewriter;
import org.apache.jena.tdb2.loader.base.CoLib;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;

/**
 * One TDB2 index written bottom up from the tuples it indexes, the way Jena's {@code tdb2.xloader} writes them: the
 * tuples sorted in the index's order (in runs the heap can hold, merged), each kept once, and the B+tree's leaves and
 * branches written in one pass by Jena's {@link BPlusTreeRewriter}. Inserting tuple after tuple, as Jena's phased
 * loader does, searched and split B+tree pages for more than half the CPU time of a build at 100×.
 */
final class PackedIndex {
    private static final Comparator<byte[]> UNSIGNED = Arrays::compareUnsigned;

    private PackedIndex() {}

    /**
     * Writes {@code index}, which must be empty and not in a transaction, from {@code rows} (tuples in the table's
     * primary order), sorting at most {@code runRows} tuples at a time in the heap, with runs kept in {@code work}.
     *
     * @return the tuples indexed (duplicates dropped)
     */
    static long write(TupleIndex index, TupleRows rows, int runRows, Path work) throws IOException {
        TupleMap order = index.getMapping();
        int width = rows.width();
        List<Path> runs = new ArrayList<>();
        List<byte[]> keys = new ArrayList<>((int) Math.min(runRows, rows.rows()));
        try {
            try (TupleRows.Reader reader = rows.read()) {
                long[] row = new long[width];
                while (reader.next(row)) {
                    byte[] key = new byte[width * Long.BYTES];
                    for (int slot = 0; slot < width; slot++) {
                        Bytes.setLong(row[slot], key, order.putSlotIdx(slot) * Long.BYTES);
                    }
                    keys.add(key);
                    if (keys.size() == runRows) {
                        runs.add(writeRun(keys, work, index.getName(), runs.size()));
                        keys.clear();
                    }
                }
            }
            if (runs.isEmpty()) {
                keys.sort(UNSIGNED);
                return pack(index, new Distinct(keys.iterator()));
            }
            if (!keys.isEmpty()) {
                runs.add(writeRun(keys, work, index.getName(), runs.size()));
            }
            keys = null;
            List<DataInputStream> opened = new ArrayList<>();
            try {
                for (Path run : runs) {
                    opened.add(new DataInputStream(new BufferedInputStream(Files.newInputStream(run), 1 << 16)));
                }
                return pack(index, new Distinct(new Merged(opened, width * Long.BYTES)));
            } finally {
                for (DataInputStream in : opened) {
                    in.close();
                }
            }
        } finally {
            for (Path run : runs) {
                Files.deleteIfExists(run);
            }
        }
    }

    private static Path writeRun(List<byte[]> keys, Path work, String index, int number) throws IOException {
        keys.sort(UNSIGNED);
        Path run = work.resolve(index + "-" + number + ".run");
        try (DataOutputStream out =
                new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(run), 1 << 16))) {
            for (byte[] key : keys) {
                out.write(key);
            }
        }
        return run;
    }

    private static long pack(TupleIndex index, Iterator<byte[]> keys) {
        BPlusTree tree = (BPlusTree) ((TupleIndexRecord) index).getRangeIndex();
        RecordFactory records = tree.getRecordFactory();
        long[] count = new long[1];
        Iterator<Record> iterator = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return keys.hasNext();
            }

            @Override
            public Record next() {
                count[0]++;
                return records.create(keys.next());
            }
        };
        // A transaction of the index alone, as xloader's. Its commit leaves the dataset's own view of the index right:
        // the packed tree's root is block 0, as the empty tree's was, and its block managers are the dataset's, whose
        // allocation limits the commit records.
        CoLib.executeWrite(
                index,
                () -> BPlusTreeRewriter.packIntoBPlusTree(
                        iterator,
                        tree.getParams(),
                        records,
                        tree.getStateManager().getBufferChannel(),
                        tree.getNodeManager().getBlockMgr(),
                        tree.getRecordsMgr().getBlockMgr()));
        return count[0];
    }

    /** Sorted keys with each repeated key once: a triple of several documents is one key of the default graph. */
    private static final class Distinct implements Iterator<byte[]> {
        private final Iterator<byte[]> sorted;
        private byte[] next;

        Distinct(Iterator<byte[]> sorted) {
            this.sorted = sorted;
            this.next = sorted.hasNext() ? sorted.next() : null;
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public byte[] next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            byte[] current = next;
            next = null;
            while (sorted.hasNext()) {
                byte[] candidate = sorted.next();
                if (!Arrays.equals(candidate, current)) {
                    next = candidate;
                    break;
                }
            }
            return current;
        }
    }

    /** The keys of sorted runs, merged into one sorted sequence. */
    private static final class Merged implements Iterator<byte[]> {
        private record Head(byte[] key, DataInputStream run) {}

        private final PriorityQueue<Head> heads = new PriorityQueue<>((a, b) -> UNSIGNED.compare(a.key(), b.key()));
        private final int keyLength;

        Merged(List<DataInputStream> runs, int keyLength) throws IOException {
            this.keyLength = keyLength;
            for (DataInputStream run : runs) {
                advance(run);
            }
        }

        private void advance(DataInputStream run) throws IOException {
            byte[] key = new byte[keyLength];
            try {
                run.readFully(key);
            } catch (EOFException end) {
                return;
            }
            heads.add(new Head(key, run));
        }

        @Override
        public boolean hasNext() {
            return !heads.isEmpty();
        }

        @Override
        public byte[] next() {
            Head head = heads.poll();
            if (head == null) {
                throw new NoSuchElementException();
            }
            try {
                advance(head.run());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return head.key();
        }
    }
}

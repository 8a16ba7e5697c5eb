package org.gcmkg.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * File locks on a store: a shared lock on a generation's {@code in-use.lock} for as long as a process has it open,
 * so that a rebuild in another process does not delete a generation still being served; and an exclusive lock on the
 * store's {@code build.lock}, so that two processes never build at once.
 */
final class GenerationLock {
    private GenerationLock() {}

    static FileChannel channel(Path directory) throws IOException {
        return open(directory.resolve(StoredGraph.IN_USE_LOCK));
    }

    private static FileChannel open(Path lockFile) throws IOException {
        return FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    static FileLock shared(FileChannel channel) throws IOException {
        return channel.lock(0, Long.MAX_VALUE, true);
    }

    /** Whether some process, this one included, has the generation in {@code directory} open. */
    static boolean inUse(Path directory) {
        try (FileChannel channel = channel(directory)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            // Unreadable: leave it alone rather than delete what might be in use.
            return true;
        }
    }

    /** The build lock of the store {@code directory} if no process holds it, else null. */
    static FileChannel tryExclusive(Path directory) throws IOException {
        FileChannel channel = open(directory.resolve(GraphStore.BUILD_LOCK));
        try {
            if (channel.tryLock() != null) {
                return channel;
            }
        } catch (OverlappingFileLockException e) {
            // Held by this process.
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        channel.close();
        return null;
    }

    /** Blocks until this process may build in the store {@code directory}; closing the channel releases it. */
    static FileChannel exclusive(Path directory) throws IOException {
        FileChannel channel = open(directory.resolve(GraphStore.BUILD_LOCK));
        try {
            channel.lock();
            return channel;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }
}

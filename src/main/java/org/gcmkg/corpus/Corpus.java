package org.gcmkg.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The documents of a corpus directory: every {@code *.txt} file in it, in file name order, read as UTF-8. */
public final class Corpus {
    private final Path directory;
    private final List<SourceText> documents;

    private Corpus(Path directory, List<SourceText> documents) {
        this.directory = directory;
        this.documents = documents;
    }

    public static Corpus open(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new CorpusException("corpus directory " + directory + " does not exist or is not a directory");
        }
        if (!Files.isReadable(directory)) {
            throw new CorpusException("corpus directory " + directory + " is not readable");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new CorpusException("cannot list corpus directory " + directory + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new CorpusException("corpus directory " + directory + " holds no .txt documents");
        }
        List<SourceText> documents = new ArrayList<>();
        for (Path file : files) {
            documents.add(read(file));
        }
        return new Corpus(directory, List.copyOf(documents));
    }

    public static SourceText read(Path file) {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CorpusException(
                    name + ": cannot read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return new SourceText(name, text);
        } catch (CharacterCodingException e) {
            // Decode leniently only to say where the first bad byte is.
            String lenient = new String(bytes, StandardCharsets.UTF_8);
            int bad = lenient.indexOf('\uFFFD');
            long line = bad < 0
                    ? 1
                    : lenient.substring(0, bad).chars().filter(c -> c == '\n').count() + 1;
            throw new CorpusException(name + ":" + line + ": expected UTF-8 text, found bytes that are not UTF-8", e);
        }
    }

    public Path directory() {
        return directory;
    }

    public List<SourceText> documents() {
        return documents;
    }
}

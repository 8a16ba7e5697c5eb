package org.gcmkg.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.gcmkg.corpus.Corpus;
import org.gcmkg.corpus.CorpusException;
import org.gcmkg.corpus.SourceText;

/**
 * The corpus files, read on first use, for showing the passage a statement came from. Offsets are code points, as in
 * the graph's {@code gcm:startOffset} and {@code gcm:endOffset}.
 */
final class SourceTexts {
    private final Path corpus;
    private final Map<String, Optional<SourceText>> files = new ConcurrentHashMap<>();

    SourceTexts(Path corpus) {
        this.corpus = corpus.toAbsolutePath().normalize();
    }

    /** The text of {@code fileName} from {@code start} to {@code end}, if the file is there and that long. */
    Optional<String> passage(String fileName, int start, int end) {
        return file(fileName).flatMap(source -> {
            String text = source.content();
            int length = text.codePointCount(0, text.length());
            if (start < 0 || end > length || start > end) {
                return Optional.empty();
            }
            return Optional.of(text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end)));
        });
    }

    private Optional<SourceText> file(String fileName) {
        return files.computeIfAbsent(fileName, name -> {
            Path file = corpus.resolve(name).normalize();
            if (!file.startsWith(corpus) || !Files.isRegularFile(file)) {
                return Optional.empty();
            }
            try {
                return Optional.of(Corpus.read(file));
            } catch (CorpusException e) {
                return Optional.empty();
            }
        });
    }
}

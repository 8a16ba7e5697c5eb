package org.gcmkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.gcmkg.corpus.Corpus;
import org.gcmkg.corpus.SourceText;
import org.gcmkg.extract.booklet.BookletExtractor;
import org.gcmkg.extract.icmpd.IcmpdExtractor;
import org.gcmkg.extract.iom.IomExtractor;
import org.gcmkg.extract.quno.QunoExtractor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each extractor recognises its file of data/corpus by its shape, under any name. That no other kind's file is taken for it, and it
 * for no other: DocumentKindContractTest.
 */
class CanReadTest {
    static Stream<Arguments> extractors() {
        return Stream.of(
                Arguments.of(new BookletExtractor(), "gcm-implementation-booklet.txt"),
                Arguments.of(new IcmpdExtractor(), "icmpd-input-unsg-report.txt"),
                Arguments.of(new IomExtractor(), "iom-idm-red-book-27.txt"),
                Arguments.of(new QunoExtractor(), "quno-foundations-objective-23.txt"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("extractors")
    void recognisesItsFileOfTheCorpus(Extractor<?> extractor, String file) {
        SourceText source = Corpus.read(Path.of("data/corpus", file));
        assertTrue(extractor.canRead(source));
        // By its content, not its name.
        assertTrue(extractor.canRead(new SourceText("renamed.txt", source.content())));
    }
}

package org.gcmkg.extract;

import java.util.List;
import java.util.Optional;
import org.gcmkg.corpus.SourceText;
import org.gcmkg.extract.booklet.BookletExtractor;

/** The extractors the loader knows, tried in order. */
public final class Extractors {
    private final List<Extractor> extractors;

    public Extractors(List<Extractor> extractors) {
        this.extractors = List.copyOf(extractors);
    }

    public static Extractors standard() {
        return new Extractors(List.of(new BookletExtractor(), new org.gcmkg.extract.quno.QunoExtractor(), new org.gcmkg.extract.icmpd.IcmpdExtractor(), new org.gcmkg.extract.iom.IomExtractor()));
    }

    public Optional<Extractor> forSource(SourceText source) {
        return extractors.stream().filter(e -> e.canRead(source)).findFirst();
    }

    public List<String> kinds() {
        return extractors.stream().map(Extractor::kind).toList();
    }
}

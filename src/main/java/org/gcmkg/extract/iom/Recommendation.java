package org.gcmkg.extract.iom;

import java.util.List;
import org.gcmkg.corpus.MappedText;
import org.gcmkg.corpus.Span;

/**
 * A sentence of the report in which participants recommend something (see {@link RecommendationFinder}), with the
 * number of its chapter (null outside the chapters) and its spans, one per page.
 */
public record Recommendation(int number, MappedText words, Integer chapter, List<Span> spans) {

    /** The recommendation's text; {@link #words()} maps it to the file, for linking what it names. */
    public String text() {
        return words.text();
    }

    public int page() {
        return spans.get(0).page();
    }
}

package org.gcmkg.extract.quno;

import org.gcmkg.corpus.MappedText;
import org.gcmkg.corpus.Span;

/**
 * One row of a guidance table: a recommendation of a UN mandate or committee, the report it was made in (by its UN
 * document symbol and paragraph) and the year of that report. {@code number} is the row's order in the sheet, from 1
 * across all tables; {@code span} is the row's line; {@code guidance} is the recommendation's text, mapped to the
 * file so that what it names can be pointed at.
 */
public record Guidance(
        int number,
        GuidanceSource source,
        String mandate,
        int year,
        String symbol,
        String paragraph,
        MappedText guidance,
        Span span) {

    /** The recommendation's text. */
    public String text() {
        return guidance.text();
    }
}

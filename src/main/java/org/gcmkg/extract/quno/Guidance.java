package org.gcmkg.extract.quno;

import org.gcmkg.corpus.Span;

/**
 * One row of a guidance table: a recommendation of a UN mandate or committee, the report it was made in (by its UN
 * document symbol and paragraph) and the year of that report. {@code number} is the row's order in the sheet, from 1
 * across all tables; {@code span} is the row's line.
 */
public record Guidance(
        int number,
        GuidanceSource source,
        String mandate,
        int year,
        String symbol,
        String paragraph,
        String text,
        Span span) {
}

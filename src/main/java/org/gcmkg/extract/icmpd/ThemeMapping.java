package org.gcmkg.extract.icmpd;

import org.gcmkg.corpus.Span;

/**
 * A row of the curated crosswalk: theme {@code theme} corresponds to GCM objective {@code objective}, as the quote from
 * the theme's text ({@code themeQuote}, found at {@code themeQuoteSpan}) and the quote from the objective's title,
 * actions or examples ({@code objectiveQuote}) show. {@code crosswalkLine} is the row's line in the crosswalk file.
 */
public record ThemeMapping(
        int theme,
        int objective,
        String themeQuote,
        String objectiveQuote,
        Span themeQuoteSpan,
        String crosswalk,
        int crosswalkLine) {}

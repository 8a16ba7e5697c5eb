package org.gcmkg.extract.icmpd;

import java.util.List;
import org.gcmkg.corpus.Span;

/**
 * A framework the annex names: its title, other names (an abbreviation in brackets), the words of the annex that name
 * it and where they stand.
 */
public record AnnexFramework(String title, List<String> otherNames, String words, Span span) {}

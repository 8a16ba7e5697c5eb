package org.gcmkg.extract.booklet;

import java.util.List;
import org.gcmkg.corpus.Span;

/**
 * An international framework the booklet lists as underpinning the GCM: its title, abbreviations and other names,
 * the year the booklet gives (adoption or entry into force, as worded there), its description, and the heading of
 * the list it stands in.
 */
public record Framework(String title, List<String> altLabels, Integer year, String description, String group, Span span) {
}

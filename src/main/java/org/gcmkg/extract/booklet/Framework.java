package org.gcmkg.extract.booklet;

import java.util.List;
import org.gcmkg.corpus.Span;

/**
 * An international framework the booklet lists as underpinning the GCM: its title, abbreviations and other names,
 * the year the booklet gives (adoption or entry into force, as worded there), its description, and the heading of
 * the list it stands in.
 */
public record Framework(
        String title, List<String> altLabels, Integer year, String description, String group, Span span) {

    /** The names the text may use for it: its other names, and its title without a bracketed period. */
    public List<String> matchNames() {
        List<String> names = new java.util.ArrayList<>(altLabels);
        // "Sendai Framework for Disaster Risk Reduction (2015-2030)" is named without its period in the text.
        String bare = title.replaceAll("\\s*\\([^)]*\\)", "");
        if (!bare.equals(title)) {
            names.add(bare);
        }
        return List.copyOf(names);
    }

    /** The instruments its description says it includes, by title (the protocols of a convention). */
    public List<String> included() {
        return FrameworkNames.included(description);
    }
}

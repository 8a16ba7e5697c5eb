package org.gcmkg.extract.booklet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gcmkg.corpus.Line;
import org.gcmkg.corpus.SourceText;
import org.gcmkg.extract.FootnoteMarker;
import org.gcmkg.extract.InlineMarkup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides which footnote a marker refers to. A footnote stands below the markers that refer to it, so a marker whose
 * footnote stands above it, or that has no footnote, is not a reference to one of this document's footnotes (the
 * booklet quotes one action with the GCM's own footnote marker, and loses one footnote): it is reported and left out.
 */
final class MarkerResolver {
    private static final Logger LOG = LoggerFactory.getLogger(MarkerResolver.class);
    private final String fileName;
    private final Map<Integer, Integer> footnoteOffsets = new HashMap<>();
    private final List<String> unresolved = new ArrayList<>();

    MarkerResolver(SourceText source) {
        this.fileName = source.fileName();
        for (Line line : source.lines()) {
            if (InlineMarkup.startsWithMarker(line.text())) {
                int digits = InlineMarkup.leadingMarkerLength(line.text());
                footnoteOffsets.putIfAbsent(
                        InlineMarkup.superscriptNumber(line.text().substring(0, digits)), line.startOffset());
            }
        }
    }

    List<Integer> resolve(List<FootnoteMarker> markers) {
        Set<Integer> numbers = new LinkedHashSet<>();
        for (FootnoteMarker marker : markers) {
            Integer footnoteAt = footnoteOffsets.get(marker.number());
            if (footnoteAt == null) {
                unresolved.add("footnote marker " + marker.number() + " at offset " + marker.sourceOffset()
                        + " has no footnote");
                LOG.warn(
                        "{}: footnote marker {} at offset {} has no footnote text; no citation is linked",
                        fileName,
                        marker.number(),
                        marker.sourceOffset());
            } else if (footnoteAt < marker.sourceOffset()) {
                unresolved.add("footnote marker " + marker.number() + " at offset " + marker.sourceOffset()
                        + " stands below its footnote");
                LOG.warn(
                        "{}: footnote marker {} at offset {} stands below footnote {}; it is not read as a reference to it",
                        fileName,
                        marker.number(),
                        marker.sourceOffset(),
                        marker.number());
            } else {
                numbers.add(marker.number());
            }
        }
        return List.copyOf(numbers);
    }

    /** What could not be resolved, for reports and tests. */
    List<String> unresolved() {
        return List.copyOf(unresolved);
    }
}

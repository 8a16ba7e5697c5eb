package org.gcmkg.extract.booklet;

import java.util.ArrayList;
import java.util.List;
import org.gcmkg.corpus.Line;
import org.gcmkg.corpus.SourceText;
import org.gcmkg.corpus.Span;
import org.gcmkg.extract.InlineMarkup;
import org.gcmkg.extract.ItemText;

/**
 * The booklet before its first objective: sections of text under sentence-case headings, and the frameworks that
 * underpin the GCM, each under a heading that names an instrument, a list item of a group heading, or a paragraph
 * that opens with the instrument's name.
 */
record FrontMatterParser(SourceText source, FootnoteCollector footnotes, MarkerResolver markers) {

    /** What the front matter holds: its sections of text and the frameworks it lists. */
    record FrontMatter(List<TextSection> sections, List<Framework> frameworks) {}

    FrontMatter parse(int fromLine, int toLineExclusive) {
        return new Run().parse(fromLine, toLineExclusive);
    }

    /**
     * A heading stands alone and does not end a sentence. A sentence-case line that ends with a colon introduces
     * what follows and is a paragraph; a name of an instrument may end with one.
     */
    private static boolean isHeading(String text) {
        if (text.startsWith("- ") || text.endsWith(".") || text.endsWith(".\"")) {
            return false;
        }
        if (FrameworkNames.namesInstrument(text)) {
            return text.length() < 250;
        }
        return text.length() < 120 && !text.endsWith(":");
    }

    /** The state of reading the front matter. */
    private final class Run {
        private final List<TextSection> sections = new ArrayList<>();
        private final List<Framework> frameworks = new ArrayList<>();

        private String sectionTitle;
        /** The heading frameworks under headings of their own belong to; a heading over a list covers the list only. */
        private String headingGroup;

        private String group;
        private ItemText sectionText;
        private Line sectionHeading;
        private List<FrameworkNames.Name> frameworkNames;
        private Line frameworkStart;
        private ItemText frameworkText;
        private boolean frameworkFromList;
        private boolean lastWasFootnote;

        FrontMatter parse(int fromLine, int toLineExclusive) {
            for (int n = fromLine; n < toLineExclusive; n++) {
                Line line = source.line(n);
                String text = line.text().strip();
                if (text.isEmpty()) {
                    continue;
                }
                if (InlineMarkup.startsWithMarker(line.text())) {
                    footnotes.start(line);
                    lastWasFootnote = true;
                    continue;
                }
                boolean continuesFootnote = lastWasFootnote && !isHeading(text) && !text.startsWith("- ");
                lastWasFootnote = false;
                if (continuesFootnote) {
                    footnotes.continueWith(line);
                    lastWasFootnote = true;
                } else if (isHeading(text)) {
                    heading(line, text);
                } else if (text.startsWith("- ")) {
                    listItem(line, text);
                } else {
                    paragraph(line, text);
                }
            }
            closeFramework();
            closeSection();
            return new FrontMatter(List.copyOf(sections), List.copyOf(frameworks));
        }

        private void heading(Line line, String text) {
            closeFramework();
            if (FrameworkNames.namesInstrument(text)) {
                if (frameworkFromList) {
                    group = headingGroup;
                    frameworkFromList = false;
                }
                headingGroup = group;
                openFramework(line, FrameworkNames.fromTitle(text), false);
                return;
            }
            closeSection();
            frameworkFromList = false;
            sectionTitle = text;
            group = text;
            sectionHeading = line;
            sectionText = new ItemText(source.fileName());
        }

        private void listItem(Line line, String text) {
            if (frameworkFromList || isEmptyGroup()) {
                closeFramework();
                openFramework(line, FrameworkNames.fromTitle(InlineMarkup.plainString(text.substring(2))), true);
                return;
            }
            paragraph(line, text);
        }

        private void paragraph(Line line, String text) {
            if (frameworkNames != null && !frameworkFromList) {
                frameworkText.add(line, 0, frameworkText.isEmpty() ? "" : "\n\n");
                return;
            }
            closeFramework();
            if (isEmptyGroup() && FrameworkNames.namesInstrument(text)) {
                openFramework(line, List.of(FrameworkNames.fromParagraph(InlineMarkup.plainString(text))), false);
                frameworkText.add(line, 0, "");
                return;
            }
            if (sectionTitle != null) {
                sectionText.add(line, 0, sectionText.isEmpty() ? "" : "\n\n");
            }
        }

        /** A heading with no text of its own yet: what follows it is listed under it. */
        private boolean isEmptyGroup() {
            return frameworkNames == null && sectionTitle != null && sectionText.isEmpty();
        }

        private void openFramework(Line first, List<FrameworkNames.Name> names, boolean fromList) {
            frameworkNames = names;
            frameworkStart = first;
            frameworkText = new ItemText(source.fileName());
            frameworkFromList = fromList;
        }

        private void closeFramework() {
            if (frameworkNames == null) {
                return;
            }
            String description =
                    frameworkText.isEmpty() ? null : frameworkText.plain().text();
            Span span = Span.of(frameworkStart, frameworkStart, source.fileName());
            if (!frameworkText.isEmpty()) {
                span = span.union(frameworkText.span());
            }
            for (int i = 0; i < frameworkNames.size(); i++) {
                FrameworkNames.Name name = frameworkNames.get(i);
                Integer year = name.year();
                // A description's year belongs to the first instrument of a heading that names several.
                if (year == null && i == 0 && description != null) {
                    year = FrameworkNames.yearInDescription(description);
                }
                frameworks.add(new Framework(name.title(), name.altLabels(), year, description, group, span));
            }
            frameworkNames = null;
            frameworkText = null;
        }

        private void closeSection() {
            if (sectionTitle == null) {
                return;
            }
            ItemText heading = new ItemText(source.fileName()).add(sectionHeading, 0, "");
            String text =
                    sectionText.isEmpty() ? null : sectionText.plain().text().replace("\n\n- ", "\n- ");
            List<Integer> cited = sectionText.isEmpty() ? List.of() : markers.resolve(sectionText.markers());
            sections.add(new TextSection(
                    sectionTitle,
                    text,
                    cited,
                    sectionText.isEmpty() ? heading.span() : heading.span().union(sectionText.span())));
            sectionTitle = null;
            sectionText = null;
        }
    }
}

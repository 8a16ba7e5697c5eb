package org.gcmkg.extract.quno;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gcmkg.corpus.CorpusException;
import org.gcmkg.corpus.Line;
import org.gcmkg.corpus.MappedText;
import org.gcmkg.corpus.SourceText;
import org.gcmkg.extract.LineSignature;
import org.gcmkg.extract.SignedExtractor;

/**
 * A QUNO "Foundations for Implementation" sheet: a title, an introduction under headings, the heading
 * "Objective N: title" (repeated), a section of guidance per kind of body ("Guidance from Special Procedures",
 * "Guidance from Treaty Bodies") holding tables or a sentence saying there is none, and QUNO's contact block.
 */
public final class QunoExtractor extends SignedExtractor<QunoSheet> {
    private static final String TITLE = "Foundations for Implementation";
    /** The contact block that closes every sheet; it is not content. */
    private static final String CONTACT_BLOCK = "QUNO offices:";

    private static final Pattern OBJECTIVE_HEADING = Pattern.compile("^Objective (\\d{1,2}):\\s+(\\S.*?)\\s*$");
    private static final int OBJECTIVES = 23;

    /** A heading "Objective N: title". */
    private record ObjectiveHeading(Line line, int number, String title) {
        static ObjectiveHeading of(Line line) {
            Matcher m = OBJECTIVE_HEADING.matcher(line.text());
            return m.matches() ? new ObjectiveHeading(line, Integer.parseInt(m.group(1)), m.group(2)) : null;
        }

        String text() {
            return "Objective " + number + ": " + title;
        }
    }

    public QunoExtractor() {
        super(
                "QUNO Foundations for Implementation sheet",
                LineSignature.of(
                        text -> text.strip().equals(TITLE),
                        text -> GuidanceSource.ofHeading(text).isPresent()),
                QunoCompleteness.OUTLINE);
    }

    @Override
    public QunoSheet extractPart(SourceText source) {
        Line title = source.lines().stream()
                .filter(l -> l.text().strip().equals(TITLE))
                .findFirst()
                .orElseThrow(() -> CorpusException.at(source.fileName(), 1, "expected the title '" + TITLE + "'"));
        List<Line> headings = guidanceHeadings(source);
        int firstGuidance = headings.get(0).number();
        int end = contactBlock(source, firstGuidance);
        ObjectiveHeading objective = objectiveHeading(source, firstGuidance, end);

        // A section of guidance runs to the next heading of either kind, an objective heading or the contact block.
        GuidanceSectionParser parser = new GuidanceSectionParser(source);
        List<GuidanceSection> sections = new ArrayList<>();
        int number = 1;
        for (Line heading : headings) {
            int next = heading.number() + 1;
            while (next < end
                    && GuidanceSource.ofHeading(source.line(next).text()).isEmpty()
                    && ObjectiveHeading.of(source.line(next)) == null) {
                next++;
            }
            GuidanceSection section =
                    parser.parse(GuidanceSource.ofHeading(heading.text()).orElseThrow(), heading, next, number);
            number += section.guidance().size();
            sections.add(section);
        }
        return new QunoSheet(
                source,
                TITLE,
                objective.number(),
                objective.title(),
                introduction(source, title.number(), firstGuidance),
                List.copyOf(sections));
    }

    /** The heading of each kind of body, in sheet order: a sheet has each once. */
    private static List<Line> guidanceHeadings(SourceText source) {
        Map<GuidanceSource, Line> headings = new EnumMap<>(GuidanceSource.class);
        for (Line line : source.lines()) {
            GuidanceSource.ofHeading(line.text()).ifPresent(kind -> {
                Line earlier = headings.putIfAbsent(kind, line);
                if (earlier != null) {
                    throw CorpusException.at(
                            source.fileName(),
                            line.number(),
                            "expected one section '" + kind.heading() + "', found a second (the first is on line "
                                    + earlier.number() + ")");
                }
            });
        }
        if (headings.isEmpty()) {
            throw CorpusException.at(
                    source.fileName(),
                    1,
                    "expected the sections '" + GuidanceSource.SPECIAL_PROCEDURES.heading() + "' and '"
                            + GuidanceSource.TREATY_BODIES.heading() + "'");
        }
        List<Line> inOrder = headings.values().stream()
                .sorted(Comparator.comparingInt(Line::number))
                .toList();
        for (GuidanceSource kind : GuidanceSource.values()) {
            if (!headings.containsKey(kind)) {
                throw CorpusException.at(
                        source.fileName(),
                        inOrder.get(0).number(),
                        "expected a section '" + kind.heading() + "' besides '"
                                + inOrder.get(0).text().strip() + "', found none");
            }
        }
        return inOrder;
    }

    /** The line of the contact block after the guidance headings, or one past the last line. */
    private static int contactBlock(SourceText source, int firstGuidance) {
        for (int n = firstGuidance; n <= source.lines().size(); n++) {
            Line line = source.line(n);
            if (line.text().strip().equals(CONTACT_BLOCK)) {
                for (int after = n + 1; after <= source.lines().size(); after++) {
                    if (GuidanceSource.ofHeading(source.line(after).text()).isPresent()) {
                        throw CorpusException.at(
                                source.fileName(),
                                after,
                                "expected the guidance before the contact " + "block '" + CONTACT_BLOCK + "' on line "
                                        + n);
                    }
                }
                return n;
            }
        }
        return source.lines().size() + 1;
    }

    /**
     * The last objective heading before the guidance names the sheet's objective; every other one must repeat it.
     */
    private static ObjectiveHeading objectiveHeading(SourceText source, int firstGuidance, int end) {
        ObjectiveHeading objective = null;
        for (int n = 1; n < firstGuidance; n++) {
            ObjectiveHeading h = ObjectiveHeading.of(source.line(n));
            objective = h != null ? h : objective;
        }
        if (objective == null) {
            throw CorpusException.at(
                    source.fileName(), firstGuidance, "expected a heading 'Objective N: title' before the guidance");
        }
        if (objective.number() < 1 || objective.number() > OBJECTIVES) {
            throw CorpusException.at(
                    source.fileName(),
                    objective.line().number(),
                    "expected an objective number from 1 to " + OBJECTIVES + ", found " + objective.number());
        }
        for (int n = 1; n < end; n++) {
            ObjectiveHeading h = ObjectiveHeading.of(source.line(n));
            if (h != null && !h.text().equals(objective.text())) {
                throw CorpusException.at(
                        source.fileName(),
                        n,
                        "expected the heading '" + objective.text() + "' as on line "
                                + objective.line().number() + ", found '"
                                + source.line(n).text().strip() + "'");
            }
        }
        return objective;
    }

    /**
     * The text from the title to the guidance: sections under headings (the title's own holds the lines under it),
     * with the objective headings left out.
     */
    private static List<SheetSection> introduction(SourceText source, int titleLine, int endExclusive) {
        List<SheetSection> sections = new ArrayList<>();
        Line heading = null;
        Line last = null;
        MappedText text = MappedText.empty();
        for (int n = titleLine; n <= endExclusive; n++) {
            Line line = n < endExclusive ? source.line(n) : null;
            if (line != null && (line.isBlank() || ObjectiveHeading.of(line) != null)) {
                continue;
            }
            if (line != null && !isHeading(line.text().strip())) {
                // A list item follows the line that introduces it directly, as in the booklet's sections.
                text = text.append(
                        line.text().strip().startsWith("- ") ? "\n" : "\n\n", SheetMarkup.plain(MappedText.of(line)));
                last = line;
                continue;
            }
            if (heading != null) {
                String title = heading.text().strip();
                if (sections.stream().anyMatch(s -> s.title().equalsIgnoreCase(title))) {
                    throw CorpusException.at(
                            source.fileName(),
                            heading.number(),
                            "expected headings in the introduction that differ, found '" + title + "' twice");
                }
                sections.add(new SheetSection(title, text.isEmpty() ? null : text.text(), source.span(heading, last)));
            }
            heading = line;
            last = line;
            text = MappedText.empty();
        }
        return List.copyOf(sections);
    }

    /** A heading stands alone: no list item, and no sentence or line that introduces what follows. */
    private static boolean isHeading(String text) {
        return !text.startsWith("- ") && !text.endsWith(".") && !text.endsWith(":") && text.length() < 120;
    }
}

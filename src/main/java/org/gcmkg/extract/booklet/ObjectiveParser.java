package org.gcmkg.extract.booklet;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gcmkg.corpus.CorpusException;
import org.gcmkg.corpus.Line;
import org.gcmkg.corpus.MappedText;
import org.gcmkg.corpus.SourceText;
import org.gcmkg.corpus.Span;
import org.gcmkg.extract.InlineMarkup;
import org.gcmkg.extract.ItemText;

/**
 * One objective's section: title, ASSOCIATED ACTIONS, POTENTIAL RESPONSES / CONCRETE EXAMPLES and RELEVANT SDGs, with
 * the footnotes that page breaks scattered through it.
 */
record ObjectiveParser(SourceText source, FootnoteCollector footnotes, MarkerResolver markers) {
    private static final Pattern ACTION = Pattern.compile("^- \\(?([a-z])\\)\\s+(.*)$");
    private static final Pattern SUB_BULLET = Pattern.compile("^\\s+- ");
    private static final Pattern GOAL = Pattern.compile("^SDG\\s*(\\d{1,2})\\s*:\\s*(.+)$");
    /** A target code; one is written "17:18" for 17.18, which its goal heading above confirms. */
    private static final Pattern TARGET = Pattern.compile("^- \\*\\*(\\d{1,2})[.:]([0-9a-z]{1,2}):\\*\\*\\s*(.+)$");

    private static final Pattern ALL_SDGS = Pattern.compile("^All SDGs\\b.*$");

    private enum Part {
        NONE,
        ACTIONS,
        EXAMPLES,
        SDGS
    }

    ObjectiveSection parse(int number, int headingLine, int endLineExclusive) {
        return new Run(number, headingLine, endLineExclusive).parse();
    }

    /** The state of reading one section. */
    private final class Run {
        private final int number;
        private final int headingLine;
        private final int end;
        private Part part = Part.NONE;
        private final List<Action> actions = new ArrayList<>();
        private final List<Example> examples = new ArrayList<>();
        private final List<SdgGoal> goals = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private Span allSdgs;
        private String actionLetter;
        private ItemText item;
        private boolean lastItemWasSub;
        private boolean afterPageBreak;
        private boolean lastWasFootnote;
        private Integer goalNumber;
        private String goalTitle;
        private Line goalLine;
        private List<SdgTarget> targets;

        Run(int number, int headingLine, int end) {
            this.number = number;
            this.headingLine = headingLine;
            this.end = end;
        }

        ObjectiveSection parse() {
            int n = nextNonBlank(headingLine + 1);
            if (n >= end || isPartHeading(source.line(n).text())) {
                throw CorpusException.at(
                        source.fileName(),
                        headingLine,
                        "expected the title of GCM Objective " + number + " on a line after its heading");
            }
            String title = InlineMarkup.plainString(source.line(n).text());
            for (n = n + 1; n < end; n++) {
                read(source.line(n), n);
            }
            closeItem();
            closeGoal();
            if (actions.isEmpty()) {
                throw CorpusException.at(
                        source.fileName(),
                        headingLine,
                        "expected GCM Objective " + number + " to have ASSOCIATED ACTIONS '- (a) ...'");
            }
            Span span = source.span(headingLine, lastNonBlank(end - 1));
            String note = notes.isEmpty() ? null : String.join("\n\n", notes);
            return new ObjectiveSection(number, title, span, actions, examples, goals, allSdgs, note);
        }

        private void read(Line line, int n) {
            String text = line.text();
            if (text.isBlank()) {
                return;
            }
            if (InlineMarkup.startsWithMarker(text)) {
                footnotes.start(line);
                lastWasFootnote = true;
                afterPageBreak = true;
                return;
            }
            String stripped = text.strip();
            if (stripped.equals("ASSOCIATED ACTIONS")) {
                startPart(Part.ACTIONS);
            } else if (stripped.startsWith("POTENTIAL RESPONSES")) {
                startPart(Part.EXAMPLES);
            } else if (stripped.startsWith("RELEVANT SDG")) {
                startPart(Part.SDGS);
            } else {
                switch (part) {
                    case ACTIONS -> action(line);
                    case EXAMPLES -> example(line, n);
                    case SDGS -> sdg(line);
                    default ->
                        throw CorpusException.at(
                                source.fileName(),
                                line.number(),
                                "expected ASSOCIATED ACTIONS after the title of GCM Objective " + number);
                }
            }
        }

        private void startPart(Part next) {
            closeItem();
            part = next;
            lastWasFootnote = false;
            afterPageBreak = false;
        }

        private void action(Line line) {
            Matcher m = ACTION.matcher(line.text());
            if (m.matches()) {
                closeItem();
                actionLetter = m.group(1);
                item = new ItemText(source.fileName()).add(line, m.start(2), "");
                afterPageBreak = false;
                lastWasFootnote = false;
            } else if (!carryOn(line)) {
                throw CorpusException.at(
                        source.fileName(), line.number(), "expected an action '- (a) ...' of GCM Objective " + number);
            }
        }

        private void example(Line line, int n) {
            String text = line.text();
            boolean sub = SUB_BULLET.matcher(text).find();
            if (text.startsWith("- ") && isIndentLostAtPageBreak(text, n)) {
                sub = true;
            }
            if (sub) {
                if (item == null) {
                    throw CorpusException.at(
                            source.fileName(),
                            line.number(),
                            "expected a concrete example '- ...' before this sub-bullet");
                }
                item.add(line, text.indexOf("- ") + 2, "\n- ");
                lastItemWasSub = true;
            } else if (text.startsWith("- ")) {
                closeItem();
                item = new ItemText(source.fileName()).add(line, 2, "");
                lastItemWasSub = false;
            } else {
                if (!carryOn(line)) {
                    throw CorpusException.at(
                            source.fileName(),
                            line.number(),
                            "expected a concrete example '- ...', a sub-bullet ' - ...' or a footnote in GCM Objective "
                                    + number);
                }
                return;
            }
            afterPageBreak = false;
            lastWasFootnote = false;
        }

        /**
         * A page break can take a sub-bullet's indentation: a bullet right after the footnotes of a page, following
         * a sub-bullet, without a bold lead of its own, and followed by another sub-bullet, is one of the list.
         */
        private boolean isIndentLostAtPageBreak(String text, int n) {
            if (!afterPageBreak || !lastItemWasSub || text.contains("**")) {
                return false;
            }
            int next = nextNonBlank(n + 1);
            return next < end && SUB_BULLET.matcher(source.line(next).text()).find();
        }

        /**
         * A line that is no item of its own: the rest of an item a page break cut mid-sentence, or more of the
         * footnote above it.
         */
        private boolean carryOn(Line line) {
            if (item != null && afterPageBreak && item.endsMidSentence()) {
                item.add(line, 0, " ");
                afterPageBreak = false;
                lastWasFootnote = false;
                return true;
            }
            if (lastWasFootnote) {
                footnotes.continueWith(line);
                return true;
            }
            return false;
        }

        private void sdg(Line line) {
            String text = line.text().strip();
            Matcher goal = GOAL.matcher(text);
            Matcher target = TARGET.matcher(text);
            if (goal.matches()) {
                closeGoal();
                goalNumber = Integer.valueOf(goal.group(1));
                goalTitle = InlineMarkup.plainString(goal.group(2));
                goalLine = line;
                targets = new ArrayList<>();
            } else if (target.matches()) {
                if (goalNumber == null || goalNumber != Integer.parseInt(target.group(1))) {
                    throw CorpusException.at(
                            source.fileName(),
                            line.number(),
                            "expected target " + target.group(1) + "." + target.group(2) + " under the heading 'SDG "
                                    + target.group(1) + ": ...'");
                }
                targets.add(new SdgTarget(
                        target.group(1) + "." + target.group(2),
                        InlineMarkup.plainString(target.group(3)),
                        source.span(line, line)));
            } else if (ALL_SDGS.matcher(text).matches()) {
                allSdgs = source.span(line, line);
            } else if (lastWasFootnote) {
                footnotes.continueWith(line);
                return;
            } else if (text.startsWith("- ")) {
                throw CorpusException.at(
                        source.fileName(), line.number(), "expected an SDG target '- **10.7:** ...' with its code");
            } else {
                notes.add(InlineMarkup.plainString(text));
            }
            lastWasFootnote = false;
        }

        private void closeGoal() {
            if (goalNumber != null) {
                Line last = targets.isEmpty()
                        ? goalLine
                        : source.line(targets.get(targets.size() - 1).span().endLine());
                goals.add(new SdgGoal(goalNumber, goalTitle, source.span(goalLine, last), List.copyOf(targets)));
                goalNumber = null;
            }
        }

        private void closeItem() {
            if (item == null) {
                return;
            }
            if (part == Part.ACTIONS) {
                splitGluedActions();
            } else {
                examples.add(new Example(
                        examples.size() + 1,
                        InlineMarkup.firstBold(item.raw().text()),
                        item.plain(),
                        markers.resolve(item.markers()),
                        item.spans()));
            }
            item = null;
        }

        /**
         * The conversion ran action (i) of objective 21 into the line of action (h) ("... upon return i) Identify
         * ..."): the next letter's marker followed by a capitalised word inside an action is the start of the next
         * action.
         */
        private Matcher gluedNextAction(String raw, String letter, int from) {
            char next = (char) (letter.charAt(0) + 1);
            Matcher m = Pattern.compile("\\s\\(?" + next + "\\)\\s+(?=\\*\\*|[A-Z])")
                    .matcher(raw);
            return m.find(from) ? m : null;
        }

        /** The item as one action, or as several where the conversion glued the next ones to it. */
        private void splitGluedActions() {
            MappedText raw = item.raw();
            String letter = actionLetter;
            int from = 0;
            Matcher glued;
            while ((glued = gluedNextAction(raw.text(), letter, from)) != null) {
                addAction(letter, raw.sub(from, glued.start()).trim());
                from = glued.end();
                letter = String.valueOf((char) (letter.charAt(0) + 1));
            }
            addAction(letter, raw.sub(from, raw.length()).trim());
        }

        private void addAction(String letter, MappedText raw) {
            InlineMarkup.Footnoted footnoted = InlineMarkup.takeMarkers(raw);
            actions.add(new Action(
                    letter,
                    actionLead(raw.text()),
                    InlineMarkup.plain(footnoted.text()),
                    markers.resolve(footnoted.markers()),
                    source.span(raw)));
        }

        /** The bold lead of an action; where the opening "**" was lost, the text before the closing one. */
        private String actionLead(String raw) {
            int count = raw.split("\\*\\*", -1).length - 1;
            String lead = count % 2 == 1
                    ? InlineMarkup.plainString(raw.substring(0, raw.indexOf("**")))
                    : InlineMarkup.firstBold(raw);
            return lead == null ? null : lead.replaceAll("[,;:]+$", "").strip();
        }

        private int nextNonBlank(int from) {
            int n = from;
            while (n < end && source.line(n).isBlank()) {
                n++;
            }
            return n;
        }

        private int lastNonBlank(int from) {
            int n = from;
            while (n > headingLine && source.line(n).isBlank()) {
                n--;
            }
            return n;
        }
    }

    private static boolean isPartHeading(String text) {
        String t = text.strip();
        return t.equals("ASSOCIATED ACTIONS") || t.startsWith("POTENTIAL RESPONSES") || t.startsWith("RELEVANT SDG");
    }
}

package org.gcmkg.extract.iom;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gcmkg.corpus.MappedText;

/** The statements of the speakers' appearances, in the order of the report. */
final class StatementReader {
    /** A sentence that goes on reporting the speaker of the sentence before it. */
    private static final Pattern CONTINUES = Pattern.compile("^(?:He|She|They|The speaker)\\b");

    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth");

    private final ReportText report;
    private final List<Chapter> chapters;
    private final List<Workshop> workshops;
    private final Pattern workshopCue;

    StatementReader(ReportText report, List<Chapter> chapters, List<Workshop> workshops) {
        this.report = report;
        this.chapters = chapters;
        this.workshops = workshops;
        String cities = workshops.stream().map(w -> Pattern.quote(w.city())).collect(Collectors.joining("|"));
        this.workshopCue = Pattern.compile("\\b(" + String.join("|", ORDINALS) + "|" + cities + ") workshop\\b");
    }

    List<Statement> statements(List<Speaker> speakers) {
        List<Statement> statements = new ArrayList<>();
        List<MappedText> sentences = report.sentences();
        for (Speaker speaker : speakers) {
            int i = report.sentenceIndexAt(speaker.spans().get(0).startOffset());
            MappedText text = sentences.get(i);
            if (i + 1 < sentences.size()
                    && CONTINUES.matcher(sentences.get(i + 1).text()).find()) {
                text = text.append(" ", sentences.get(i + 1));
            }
            statements.add(new Statement(
                    statements.size() + 1,
                    speaker,
                    text,
                    chapterOf(chapters, speaker.page()),
                    workshopIn(text.text()),
                    report.spans(text)));
        }
        return List.copyOf(statements);
    }

    static Integer chapterOf(List<Chapter> chapters, int page) {
        return chapters.stream()
                .filter(c -> c.contains(page))
                .map(Chapter::number)
                .findFirst()
                .orElse(null);
    }

    private Integer workshopIn(String text) {
        Matcher m = workshopCue.matcher(text);
        if (!m.find()) {
            return null;
        }
        int ordinal = ORDINALS.indexOf(m.group(1));
        if (ordinal >= 0) {
            return ordinal < workshops.size() ? ordinal + 1 : null;
        }
        return workshops.stream()
                .filter(w -> w.city().equals(m.group(1)))
                .map(Workshop::number)
                .findFirst()
                .orElseThrow();
    }
}

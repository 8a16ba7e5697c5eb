package org.gcmkg.extract.iom;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gcmkg.corpus.CorpusException;
import org.gcmkg.corpus.Line;
import org.gcmkg.corpus.SourceText;
import org.gcmkg.extract.LineSignature;
import org.gcmkg.extract.SignedExtractor;

/**
 * A report of IOM's International Dialogue on Migration as transcribed from its PDF, one line per page: recognised
 * by its title page ("No. 27 INTERNATIONAL DIALOGUE ON MIGRATION ...") among lines numbered as pages from 1.
 */
public final class IomExtractor extends SignedExtractor<DialogueReport> {
    private static final String SERIES = "INTERNATIONAL DIALOGUE ON MIGRATION";
    private static final Pattern TITLE_PAGE = Pattern.compile("^No\\. (\\d+) " + SERIES + " (.+)$");

    public IomExtractor() {
        super(
                "IOM International Dialogue on Migration report",
                LineSignature.of(text -> text.contains(SERIES)),
                DialogueReportCompleteness.OUTLINE);
    }

    @Override
    public boolean canRead(SourceText source) {
        return PageReader.firstPage(source).isPresent() && super.canRead(source);
    }

    @Override
    public DialogueReport extractPart(SourceText source) {
        List<Page> pages = PageReader.read(source);
        String title = title(source, pages);
        List<Workshop> workshops = new WorkshopReader(source, pages).workshops();
        List<Chapter> chapters = new TableOfContents(source, pages).chapters();
        ReportText report = new ReportText(source, pages, TableOfContents.headings(chapters));
        List<Speaker> speakers = SpeakerFinder.find(report);
        List<Statement> statements = new StatementReader(report, chapters, workshops).statements(speakers);
        List<Recommendation> recommendations = RecommendationFinder.find(report, chapters);
        return new DialogueReport(source, title, pages, workshops, chapters, speakers, statements, recommendations);
    }

    /**
     * "International Dialogue on Migration No. 27: " and the theme, which the title page writes in upper case: each
     * in the case the running text writes it where it does ("the 2017 IDM Strengthening international cooperation on
     * ..."), else as the title page writes it.
     */
    private static String title(SourceText source, List<Page> pages) {
        for (Page page : pages) {
            Matcher m = TITLE_PAGE.matcher(page.body().text());
            if (m.matches()) {
                return asWritten(SERIES, pages) + " No. " + m.group(1) + ": " + asWritten(m.group(2), pages);
            }
        }
        Line first = pages.get(0).line();
        throw CorpusException.at(
                source.fileName(), first.number(), "expected a title page 'No. N " + SERIES + " <theme>'");
    }

    /** The first writing of {@code upperCase} in the pages that is not in upper case, or the text itself. */
    private static String asWritten(String upperCase, List<Page> pages) {
        for (Page page : pages) {
            String text = page.body().text();
            for (int i = 0; i + upperCase.length() <= text.length(); i++) {
                if (text.regionMatches(true, i, upperCase, 0, upperCase.length()) && !text.startsWith(upperCase, i)) {
                    return text.substring(i, i + upperCase.length());
                }
            }
        }
        return upperCase;
    }
}

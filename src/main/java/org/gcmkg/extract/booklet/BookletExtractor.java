package org.gcmkg.extract.booklet;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gcmkg.corpus.CorpusException;
import org.gcmkg.corpus.Line;
import org.gcmkg.corpus.SourceText;
import org.gcmkg.extract.InlineMarkup;
import org.gcmkg.extract.LineSignature;
import org.gcmkg.extract.SignedExtractor;

/**
 * The GCM implementation booklet: front matter (sections and frameworks), one section per objective, and the list of
 * useful websites.
 */
public final class BookletExtractor extends SignedExtractor<Booklet> {
    private static final Pattern OBJECTIVE_HEADING = Pattern.compile("^GCM Objective (\\d{1,2})\\s*$");
    private static final String WEBSITES_HEADING = "Useful websites";

    public BookletExtractor() {
        super(
                "GCM implementation booklet",
                LineSignature.of(
                        text -> OBJECTIVE_HEADING.matcher(text).matches(),
                        text -> text.strip().equals("ASSOCIATED ACTIONS")),
                BookletCompleteness.OUTLINE);
    }

    @Override
    public Booklet extractPart(SourceText source) {
        List<Integer> headings = new ArrayList<>();
        for (Line line : source.lines()) {
            Matcher m = OBJECTIVE_HEADING.matcher(line.text());
            if (m.matches()) {
                int expected = headings.size() + 1;
                if (Integer.parseInt(m.group(1)) != expected) {
                    throw CorpusException.at(
                            source.fileName(),
                            line.number(),
                            "expected 'GCM Objective " + expected + "', found '"
                                    + line.text().strip() + "'");
                }
                headings.add(line.number());
            }
        }
        if (headings.isEmpty()) {
            throw CorpusException.at(source.fileName(), 1, "expected headings 'GCM Objective 1' to 'GCM Objective 23'");
        }
        int last = source.lines().size();
        int websites = last + 1;
        for (int n = headings.get(headings.size() - 1); n <= last; n++) {
            if (source.line(n).text().strip().equals(WEBSITES_HEADING)) {
                websites = n;
                break;
            }
        }

        FootnoteCollector footnotes = new FootnoteCollector(source.fileName());
        MarkerResolver markers = new MarkerResolver(source);
        FrontMatterParser.FrontMatter front =
                new FrontMatterParser(source, footnotes, markers).parse(1, headings.get(0));
        ObjectiveParser objectiveParser = new ObjectiveParser(source, footnotes, markers);
        List<ObjectiveSection> objectives = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            int end = i + 1 < headings.size() ? headings.get(i + 1) : websites;
            objectives.add(objectiveParser.parse(i + 1, headings.get(i), end));
        }
        return new Booklet(
                source,
                front.sections(),
                front.frameworks(),
                List.copyOf(objectives),
                footnotes.footnotes(),
                websites(source, websites + 1, last));
    }

    /** Pairs of a title line and a URL line. */
    private static List<Website> websites(SourceText source, int from, int to) {
        List<Website> sites = new ArrayList<>();
        Line title = null;
        for (int n = from; n <= to; n++) {
            Line line = source.line(n);
            if (line.isBlank()) {
                continue;
            }
            List<String> urls = InlineMarkup.urls(line.text());
            if (title == null) {
                title = line;
            } else if (urls.size() == 1) {
                sites.add(new Website(InlineMarkup.plainString(title.text()), urls.get(0), source.span(title, line)));
                title = null;
            } else {
                throw CorpusException.at(
                        source.fileName(),
                        n,
                        "expected the URL of the website '" + title.text().strip() + "' on its own line");
            }
        }
        if (title != null) {
            throw CorpusException.at(
                    source.fileName(),
                    title.number(),
                    "expected a URL after the website '" + title.text().strip() + "'");
        }
        return List.copyOf(sites);
    }
}

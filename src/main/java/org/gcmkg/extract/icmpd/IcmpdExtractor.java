package org.gcmkg.extract.icmpd;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gcmkg.corpus.CorpusException;
import org.gcmkg.corpus.MappedText;
import org.gcmkg.corpus.SourceText;
import org.gcmkg.extract.InlineMarkup;
import org.gcmkg.extract.LineSignature;
import org.gcmkg.extract.SignedExtractor;

/**
 * A stakeholder's input to the UN Secretary-General's report on the GCM, as ICMPD's of 2017: the title, the publisher
 * with its short name, then the three parts the Secretary-General asked for: "1. Structure and elements ..." (an
 * introduction, then themes with their actionable commitments), "2. Means of implementation ..." (prose under
 * sub-headings) and "3. Annex ..." (the frameworks relevant to each theme).
 */
public final class IcmpdExtractor extends SignedExtractor<IcmpdInput> {
    static final String TITLE =
            "Input to the UNSG's report on the Global Compact for Safe, Orderly and Regular Migration";
    private static final Pattern PUBLISHER = Pattern.compile("^(.+?)\\s+\\(([A-Z]{2,})\\)\\s*$");
    private static final Pattern STRUCTURE = Pattern.compile("^1\\.\\s+(Structure and elements\\b.*?)\\s*$");
    private static final Pattern MEANS = Pattern.compile("^2\\.\\s+(Means of implementation\\b.*?)\\s*$");
    private static final Pattern ANNEX = Pattern.compile("^3\\.\\s+(Annex\\b.*?)\\s*$");

    public IcmpdExtractor() {
        super(
                "input to the UNSG's report on the GCM",
                LineSignature.of(
                        text -> text.strip().equalsIgnoreCase(TITLE),
                        text -> STRUCTURE.matcher(text).matches()),
                IcmpdCompleteness.OUTLINE);
    }

    @Override
    public IcmpdInput extractPart(SourceText source) {
        int titleLine = nextNonBlank(source, 1);
        if (titleLine > source.lines().size()
                || !source.line(titleLine).text().strip().equalsIgnoreCase(TITLE)) {
            throw CorpusException.at(
                    source.fileName(),
                    Math.min(titleLine, source.lines().size()),
                    "expected the title '" + TITLE + "'");
        }
        int publisherLine = nextNonBlank(source, titleLine + 1);
        Matcher publisher = publisherLine > source.lines().size()
                ? null
                : PUBLISHER.matcher(source.line(publisherLine).text());
        if (publisher == null || !publisher.matches()) {
            throw CorpusException.at(
                    source.fileName(),
                    Math.min(publisherLine, source.lines().size()),
                    "expected the publisher 'Name (ABBREVIATION)' on the line after the title");
        }
        Heading structure = heading(source, STRUCTURE, publisherLine, "1. Structure and elements ...");
        Heading means = heading(source, MEANS, structure.line(), "2. Means of implementation ...");
        Heading annex = heading(source, ANNEX, means.line(), "3. Annex ...");

        ThemeParser themes = new ThemeParser(source).parse(structure.line() + 1, means.line());
        List<TextSection> sections = new ArrayList<>();
        if (!themes.intro().isEmpty()) {
            sections.add(new TextSection(
                    structure.title(),
                    join(themes.intro()),
                    themes.intro(),
                    source.span(structure.line(), themes.lastIntroLine())));
        }
        sections.addAll(new SectionParser(source).parse(means.title(), means.line(), annex.line()));
        List<AnnexEntry> entries = new AnnexParser(source).parse(annex.line() + 1, themes.themes());
        sections.add(annexSection(source, annex.title(), annex.line(), entries));

        String abbreviation = publisher.group(2);
        return new IcmpdInput(
                source,
                publisher.group(1).strip(),
                abbreviation,
                List.copyOf(sections),
                themes.themes(),
                entries,
                ThemeCrosswalk.load(abbreviation, source, themes.themes()));
    }

    /** The annex as text: each entry's heading and list, as the annex writes them without their markup. */
    private static TextSection annexSection(
            SourceText source, String title, int headingLine, List<AnnexEntry> entries) {
        List<String> parts = new ArrayList<>();
        for (AnnexEntry entry : entries) {
            parts.add(InlineMarkup.plainString(
                            source.line(entry.span().startLine()).text()) + "\n"
                    + InlineMarkup.plainString(
                            source.line(entry.span().endLine()).text()));
        }
        int last = entries.get(entries.size() - 1).span().endLine();
        return new TextSection(title, String.join("\n\n", parts), List.of(), source.span(headingLine, last));
    }

    private static String join(List<MappedText> paragraphs) {
        return String.join("\n\n", paragraphs.stream().map(MappedText::text).toList());
    }

    /** A numbered heading of one of the three parts: its line and its title without the number. */
    private record Heading(int line, String title) {}

    /** The first line after line {@code after} that is the heading {@code pattern}. */
    private static Heading heading(SourceText source, Pattern pattern, int after, String expected) {
        for (int n = after + 1; n <= source.lines().size(); n++) {
            Matcher m = pattern.matcher(source.line(n).text());
            if (m.matches()) {
                return new Heading(n, m.group(1));
            }
        }
        throw CorpusException.at(source.fileName(), after, "expected the heading '" + expected + "' after this line");
    }

    private static int nextNonBlank(SourceText source, int from) {
        int n = from;
        while (n <= source.lines().size() && source.line(n).isBlank()) {
            n++;
        }
        return n;
    }
}

package org.gcmkg.extract.icmpd;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gcmkg.corpus.CorpusException;
import org.gcmkg.corpus.Line;
import org.gcmkg.corpus.MappedText;
import org.gcmkg.corpus.SourceText;
import org.gcmkg.extract.InlineMarkup;

/**
 * The annex of relevant frameworks: for each theme in order, a line "N. Theme title:" and one line of items separated
 * by ";". The annex names a framework as a link whose target the conversion lost ("[Paris Agreement](#)"), at times
 * after words that say whose it is ("UNODC's [International Framework ...](#)") or followed by the rest of its title
 * ("[UNHCR's 10 Point Plan of Action](#) on refugee protection and mixed migration"); one link names two frameworks
 * separated by a comma. An item without a link is a framework where its name has the word of an instrument in it
 * ("The International Bill of Human Rights"); the others name fora and bodies ("Regional bodies such as ASEAN, ...").
 */
final class AnnexParser {
    private static final Pattern ENTRY = Pattern.compile("^(\\d{1,2})\\.\\s+(\\S.*?):\\s*$");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^()\\s]*\\)");
    private static final Pattern INSTRUMENT_WORD = Pattern.compile(
            "\\b(Agenda|Agreement|Bill|Charter|Compact|Convention|Covenant|Declaration|Framework|Guidelines|Plan"
                    + "|Principles|Protocol|Treaty)\\b");
    private static final Pattern LEADING_THE = Pattern.compile("^(?i:the)\\s+");
    private static final Pattern ABBREVIATION = Pattern.compile("^(.+?)\\s*\\(([^()]+)\\)$");

    private final SourceText source;

    AnnexParser(SourceText source) {
        this.source = source;
    }

    /** Reads lines {@code from} to the end of the file: one entry for each of {@code themes}, in order. */
    List<AnnexEntry> parse(int from, List<Theme> themes) {
        List<AnnexEntry> entries = new ArrayList<>();
        int last = source.lines().size();
        int n = nextNonBlank(from);
        while (n <= last) {
            Line heading = source.line(n);
            int k = entries.size() + 1;
            Matcher m = ENTRY.matcher(heading.text());
            if (k > themes.size()
                    || !m.matches()
                    || Integer.parseInt(m.group(1)) != k
                    || !InlineMarkup.plainString(m.group(2))
                            .equals(themes.get(k - 1).title().text())) {
                throw CorpusException.at(
                        source.fileName(),
                        n,
                        k > themes.size()
                                ? "expected the end of the annex after its entries for the " + themes.size() + " themes"
                                : "expected the annex entry '" + k + ". "
                                        + themes.get(k - 1).title().text() + ":'");
            }
            int listLine = nextNonBlank(n + 1);
            if (listLine > last || ENTRY.matcher(source.line(listLine).text()).matches()) {
                throw CorpusException.at(
                        source.fileName(),
                        n,
                        "expected the frameworks of theme " + k + " on a line after its annex entry");
            }
            entries.add(entry(k, heading, source.line(listLine)));
            n = nextNonBlank(listLine + 1);
        }
        if (entries.size() < themes.size()) {
            throw CorpusException.at(
                    source.fileName(),
                    last,
                    "expected the annex entry '" + (entries.size() + 1) + ". "
                            + themes.get(entries.size()).title().text() + ":'");
        }
        return List.copyOf(entries);
    }

    private AnnexEntry entry(int theme, Line heading, Line list) {
        List<AnnexFramework> frameworks = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (MappedText item : items(MappedText.of(list))) {
            Matcher link = LINK.matcher(item.text());
            MappedText words;
            if (link.find()) {
                // What stands before the link says whose the framework is; what follows it is the rest of its title.
                words = InlineMarkup.plain(item.sub(link.start(), item.length()));
            } else {
                words = InlineMarkup.plain(item);
                if (!INSTRUMENT_WORD.matcher(words.text()).find()) {
                    others.add(words.text());
                    continue;
                }
            }
            for (MappedText name : split(words, ',')) {
                frameworks.add(framework(withoutLeadingThe(name)));
            }
        }
        if (frameworks.isEmpty() && others.isEmpty()) {
            throw CorpusException.at(source.fileName(), list.number(), "expected frameworks separated by ';'");
        }
        return new AnnexEntry(theme, List.copyOf(frameworks), List.copyOf(others), source.span(heading, list));
    }

    private AnnexFramework framework(MappedText name) {
        Matcher abbreviation = ABBREVIATION.matcher(name.text());
        if (abbreviation.matches()) {
            return new AnnexFramework(
                    abbreviation.group(1), List.of(abbreviation.group(2).strip()), name.text(), source.span(name));
        }
        return new AnnexFramework(name.text(), List.of(), name.text(), source.span(name));
    }

    /** The items of a list line: its parts between semicolons outside link titles, without the final full stop. */
    private static List<MappedText> items(MappedText line) {
        MappedText text = line.trim();
        if (text.text().endsWith(".")) {
            text = text.sub(0, text.length() - 1);
        }
        List<MappedText> items = new ArrayList<>();
        boolean inTitle = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.text().charAt(i);
            boolean escaped = i > 0 && text.text().charAt(i - 1) == '\\';
            if (c == '[' && !escaped) {
                inTitle = true;
            } else if (c == ']' && !escaped) {
                inTitle = false;
            } else if (c == ';' && !inTitle) {
                items.add(text.sub(start, i).trim());
                start = i + 1;
            }
        }
        items.add(text.sub(start, text.length()).trim());
        return items.stream().filter(item -> !item.isEmpty()).toList();
    }

    private static List<MappedText> split(MappedText text, char separator) {
        List<MappedText> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.text().charAt(i) == separator) {
                MappedText part = text.sub(start, i).trim();
                if (!part.isEmpty()) {
                    parts.add(part);
                }
                start = i + 1;
            }
        }
        return parts;
    }

    private static MappedText withoutLeadingThe(MappedText name) {
        Matcher the = LEADING_THE.matcher(name.text());
        return the.find() ? name.sub(the.end(), name.length()) : name;
    }

    private int nextNonBlank(int from) {
        int n = from;
        while (n <= source.lines().size() && source.line(n).isBlank()) {
            n++;
        }
        return n;
    }
}

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
import org.gcmkg.extract.ItemText;

/**
 * The part of the input that proposes the Compact's structure: introductory paragraphs, then numbered themes
 * ("1. Fulfill human rights obligations with respect to migrants"), each with paragraphs that introduce it and its
 * commitments as bullets ("- ..."), some with sub-items (" - ...").
 */
final class ThemeParser {
    private static final Pattern THEME = Pattern.compile("^(\\d{1,2})\\.\\s+(\\S.*?)\\s*$");
    private static final Pattern COMMITMENT = Pattern.compile("^- \\S");
    private static final Pattern SUB_ITEM = Pattern.compile("^\\s+- \\S");

    private final SourceText source;
    private final List<MappedText> intro = new ArrayList<>();
    private final List<Theme> themes = new ArrayList<>();
    private int lastIntroLine;
    // The theme being read.
    private Line heading;
    private MappedText title;
    private List<MappedText> paragraphs;
    private List<Commitment> commitments;
    private Line last;
    private ItemText item;

    ThemeParser(SourceText source) {
        this.source = source;
    }

    /** Reads lines {@code from} to {@code to} (exclusive), after the part's heading. */
    ThemeParser parse(int from, int to) {
        for (int n = from; n < to; n++) {
            read(source.line(n));
        }
        closeTheme();
        if (themes.isEmpty()) {
            throw CorpusException.at(
                    source.fileName(), from - 1, "expected numbered themes '1. ...' under this heading");
        }
        return this;
    }

    List<Theme> themes() {
        return List.copyOf(themes);
    }

    /** The paragraphs before the first theme. */
    List<MappedText> intro() {
        return List.copyOf(intro);
    }

    /** The line of the last introductory paragraph, or 0 where there is none. */
    int lastIntroLine() {
        return lastIntroLine;
    }

    private void read(Line line) {
        String text = line.text();
        if (text.isBlank()) {
            // A blank line, even between two bullets or inside a commitment a page break cut, starts nothing.
            return;
        }
        Matcher theme = THEME.matcher(text);
        if (theme.matches()) {
            closeTheme();
            int expected = themes.size() + 1;
            if (Integer.parseInt(theme.group(1)) != expected) {
                throw CorpusException.at(
                        source.fileName(),
                        line.number(),
                        "expected theme " + expected + " '" + expected + ". ...', found '" + text.strip() + "'");
            }
            heading = line;
            title = InlineMarkup.plain(MappedText.of(line, theme.start(2), theme.end(2)));
            paragraphs = new ArrayList<>();
            commitments = new ArrayList<>();
        } else if (heading == null) {
            if (COMMITMENT.matcher(text).find() || SUB_ITEM.matcher(text).find()) {
                throw CorpusException.at(
                        source.fileName(), line.number(), "expected a theme heading '1. ...' before this commitment");
            }
            intro.add(InlineMarkup.plain(MappedText.of(line)));
            lastIntroLine = line.number();
            return;
        } else if (SUB_ITEM.matcher(text).find()) {
            if (item == null) {
                throw CorpusException.at(
                        source.fileName(),
                        line.number(),
                        "expected a commitment '- ...' of theme " + (themes.size() + 1) + " before this sub-item");
            }
            item.add(line, text.indexOf("- ") + 2, "\n- ");
        } else if (COMMITMENT.matcher(text).find()) {
            closeItem();
            item = new ItemText(source.fileName()).add(line, 2, "");
        } else if (item == null) {
            paragraphs.add(InlineMarkup.plain(MappedText.of(line)));
        } else if (item.endsMidSentence()) {
            // The rest of a commitment that a page break cut off mid-sentence.
            item.add(line, 0, " ");
        } else {
            throw CorpusException.at(
                    source.fileName(),
                    line.number(),
                    "expected a commitment '- ...' or a sub-item" + " ' - ...' of theme " + (themes.size() + 1)
                            + " after its commitments");
        }
        last = line;
    }

    private void closeItem() {
        if (item != null) {
            commitments.add(new Commitment(commitments.size() + 1, item.plain(), item.spans()));
            item = null;
        }
    }

    private void closeTheme() {
        if (heading == null) {
            return;
        }
        closeItem();
        if (commitments.isEmpty()) {
            throw CorpusException.at(
                    source.fileName(),
                    heading.number(),
                    "expected commitments '- ...' under theme " + (themes.size() + 1));
        }
        themes.add(new Theme(
                themes.size() + 1,
                title,
                List.copyOf(paragraphs),
                List.copyOf(commitments),
                source.span(heading, last)));
        heading = null;
    }
}

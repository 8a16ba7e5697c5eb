package org.gcmkg.extract.icmpd;

import java.util.ArrayList;
import java.util.List;
import org.gcmkg.corpus.CorpusException;
import org.gcmkg.corpus.Line;
import org.gcmkg.corpus.MappedText;
import org.gcmkg.corpus.SourceText;
import org.gcmkg.extract.InlineMarkup;

/**
 * A part of the input written as prose: paragraphs introducing it, then sub-headings ("Means of implementation"),
 * each followed by its paragraphs. A sub-heading is a line that does not end a sentence. Each sub-heading becomes a
 * section, and so does the introduction, under the part's own title.
 */
final class SectionParser {
    private final SourceText source;

    SectionParser(SourceText source) {
        this.source = source;
    }

    /** Reads the part titled {@code title} whose heading is on line {@code headingLine}, up to line {@code to} (exclusive). */
    List<TextSection> parse(String title, int headingLine, int to) {
        List<TextSection> sections = new ArrayList<>();
        Part part = new Part(title, source.line(headingLine), true);
        for (int n = headingLine + 1; n < to; n++) {
            Line line = source.line(n);
            if (line.isBlank()) {
                continue;
            }
            String text = InlineMarkup.plainString(line.text());
            if (endsSentence(text)) {
                part.add(text, InlineMarkup.plain(MappedText.of(line)), line);
            } else {
                part.close(sections);
                part = new Part(text, line, false);
            }
        }
        part.close(sections);
        return List.copyOf(sections);
    }

    /** A section being read: its title, heading line and paragraphs. */
    private final class Part {
        private final String title;
        private final Line heading;
        private final boolean intro;
        private final List<String> paragraphs = new ArrayList<>();
        private final List<MappedText> words = new ArrayList<>();
        private Line last;

        Part(String title, Line heading, boolean intro) {
            this.title = title;
            this.heading = heading;
            this.intro = intro;
            this.last = heading;
        }

        void add(String paragraph, MappedText mapped, Line line) {
            paragraphs.add(paragraph);
            words.add(mapped);
            last = line;
        }

        void close(List<TextSection> sections) {
            if (!paragraphs.isEmpty()) {
                sections.add(new TextSection(
                        title, String.join("\n\n", paragraphs), List.copyOf(words), source.span(heading, last)));
            } else if (!intro) {
                // A part may go straight to its first sub-heading; a sub-heading needs text of its own.
                throw CorpusException.at(
                        source.fileName(), heading.number(), "expected paragraphs under the heading '" + title + "'");
            }
        }
    }

    private static boolean endsSentence(String text) {
        return text.matches("(?s).*[.!?:;][\"'”’)]*$");
    }
}

package org.gcmkg.extract.icmpd;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.gcmkg.corpus.MappedText;
import org.gcmkg.corpus.Span;

/**
 * A thematic objective of the input ("2. Reduce irregular migration and migrant smuggling, ..."): its number, its
 * title, the paragraphs that introduce it and its commitments. {@code span} runs from its heading to its last line.
 */
public record Theme(
        int number, MappedText title, List<MappedText> paragraphs, List<Commitment> commitments, Span span) {

    /** The introduction, paragraphs separated by a blank line, or null where the theme has none. */
    public String description() {
        return paragraphs.isEmpty()
                ? null
                : paragraphs.stream().map(MappedText::text).collect(Collectors.joining("\n\n"));
    }

    /** Every text of the theme, where a quote from it is looked for: title, introduction, commitments. */
    public List<MappedText> texts() {
        List<MappedText> texts = new ArrayList<>();
        texts.add(title);
        texts.addAll(paragraphs);
        commitments.forEach(c -> texts.add(c.text()));
        return texts;
    }
}

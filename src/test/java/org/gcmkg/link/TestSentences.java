package org.gcmkg.link;

import java.util.ArrayList;
import java.util.List;
import org.gcmkg.corpus.MappedText;
import org.gcmkg.corpus.SourceText;
import org.gcmkg.extract.ExtractedDocument;

/** A document of sentences written for a test, one a line, whose every line is given for linking. */
record TestSentences(SourceText source, List<MappedText> linkedTexts) implements ExtractedDocument {
    private static final String FILE = "test-sentences.txt";

    static TestSentences of(List<String> sentences) {
        SourceText source = new SourceText(FILE, String.join("\n", sentences));
        List<MappedText> lines = new ArrayList<>();
        for (int n = 1; n <= sentences.size(); n++) {
            lines.add(MappedText.of(source.line(n)));
        }
        return new TestSentences(source, List.copyOf(lines));
    }

    /** The line that holds {@code sentence}, as gathered (the text object itself). */
    MappedText text(String sentence) {
        return linkedTexts.stream()
                .filter(t -> t.text().equals(sentence))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a sentence of the test document: " + sentence));
    }

    @Override
    public String title() {
        return FILE;
    }

    @Override
    public String publisher() {
        return "the tests";
    }
}

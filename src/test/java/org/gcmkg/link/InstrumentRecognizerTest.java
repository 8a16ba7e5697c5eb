package org.gcmkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gcmkg.corpus.Corpus;
import org.gcmkg.corpus.MappedText;
import org.gcmkg.corpus.SourceText;
import org.gcmkg.extract.ExtractedDocument;
import org.gcmkg.kind.DocumentKinds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Instruments found in lines of the booklet, with the registry of the whole corpus, their words and code point
 * offsets in the file (checked with Python: {@code text[start:end]} is the words).
 */
class InstrumentRecognizerTest {
    static SourceText booklet;
    static Links links;
    static TestSentences sentences;

    @BeforeAll
    static void read() {
        Corpus corpus = Corpus.open(Path.of("data/corpus"));
        booklet = corpus.documents().stream()
                .filter(s -> s.fileName().equals("gcm-implementation-booklet.txt"))
                .findFirst()
                .orElseThrow();
        List<ExtractedDocument> documents = new ArrayList<>(corpus.documents().stream()
                .<ExtractedDocument>map(s -> DocumentKinds.registered().of(s).extract(s))
                .toList());
        sentences = TestSentences.of(SENTENCES);
        documents.add(sentences);
        links = Links.from(documents);
    }

    /** The sentences written for the tests, gathered with the corpus like the texts of a document. */
    static final List<String> SENTENCES = List.of(
            "The Government of Kenya adopted the Guiding Principles on Business and Human Rights.",
            "The National Action Plan (2018-2022) of Ghana was reviewed.",
            "The Mexico-United States Agreement on Labour was signed.");

    static List<String> instruments(int line) {
        return links.find(MappedText.of(booklet.line(line))).stream()
                .filter(m -> m.kind() == EntityKind.INSTRUMENT)
                .map(m -> m.id() + " " + m.startOffset() + "-" + m.endOffset())
                .toList();
    }

    @Test
    void findsInternationalInstrumentsNamedOnlyByTheShapeOfTheirTitles() {
        // Action 7(l), example 5.2 and example 9.1.
        assertEquals(
                List.of("global-migration-group-principles-and-guidelines-supported-by-practical-guidance-on-the-human-"
                        + "rights-protection-of-migrants-in-vulnerable-situations 71373-71523"),
                instruments(453));
        assertEquals(List.of("colombia-peru-framework-agreement 52265-52298"), instruments(337));
        assertEquals(List.of("counter-smuggling-work-plan 86043-86070"), instruments(559));
    }

    @Test
    void leavesOutWhatAStatesOwnBodyMade() {
        // Example 12.5: "the Government of Zambia launched Guidelines for Protection Assistance to Vulnerable
        // Migrants".
        assertEquals(List.of(), instruments(726));
        // Example 14.1: "Mexico's Foreign Ministry introduced the Consular Assistance Protocol for Mexican Victims of
        // Human Trafficking Abroad".
        assertEquals(List.of(), instruments(823));
    }

    static List<String> instrumentsIn(String sentence) {
        return links.find(sentences.text(sentence)).stream()
                .filter(m -> m.kind() == EntityKind.INSTRUMENT)
                .map(EntityMention::matchedText)
                .toList();
    }

    @Test
    void keepsAnInternationalInstrumentAStateAdopts() {
        assertEquals(
                List.of("Guiding Principles on Business and Human Rights"),
                instrumentsIn("The Government of Kenya adopted the Guiding Principles on Business and Human Rights."));
    }

    @Test
    void findsNoInstrumentInANationalPlanAndOneInABilateralTitle() {
        assertEquals(List.of(), instrumentsIn("The National Action Plan (2018-2022) of Ghana was reviewed."));
        assertEquals(
                List.of("Mexico-United States Agreement on Labour"),
                instrumentsIn("The Mexico-United States Agreement on Labour was signed."));
    }
}

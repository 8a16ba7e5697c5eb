package org.gcmkg.extract.quno;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.gcmkg.corpus.Corpus;
import org.gcmkg.corpus.CorpusException;
import org.gcmkg.corpus.SourceText;
import org.gcmkg.corpus.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The QUNO sheet for objective 23 as read from data/corpus, against figures counted off the text by hand. */
class QunoExtractorTest {
    static final String FILE = "quno-foundations-objective-23.txt";
    static final String OBJECTIVE_23 =
            "Strengthen international cooperation and global partnerships for safe, orderly and regular migration";
    static final SourceText source = Corpus.read(Path.of("data/corpus", FILE));
    static final QunoSheet sheet = new QunoExtractor().extract(source);

    static QunoSheet read(String content) {
        return new QunoExtractor().extract(new SourceText(FILE, content));
    }

    static String mutated(String from, String to) {
        assertTrue(source.content().contains(from), from);
        return source.content().replace(from, to);
    }

    static void assertSpan(Span span, int startLine, int endLine, int startOffset, int endOffset) {
        assertEquals(
                List.of(startLine, endLine, startOffset, endOffset),
                List.of(span.startLine(), span.endLine(), span.startOffset(), span.endOffset()));
    }

    /** Asserts where a piece of guidance comes from: its source and the mandate, year, symbol and paragraph cited. */
    static void assertCited(
            Guidance guidance, GuidanceSource source, String mandate, int year, String symbol, String paragraph) {
        assertEquals(
                List.of(source, mandate, year, symbol, paragraph),
                List.of(
                        guidance.source(),
                        guidance.mandate(),
                        guidance.year(),
                        guidance.symbol(),
                        guidance.paragraph()));
    }

    @Test
    void readsTheObjectiveFromItsHeadingAndTheDocumentsTitle() {
        assertEquals(23, sheet.objective());
        assertEquals(OBJECTIVE_23, sheet.objectiveTitle());
        assertEquals("Foundations for Implementation: Objective 23", sheet.title());
        assertEquals("Quaker United Nations Office (QUNO)", sheet.publisher());
    }

    @Test
    void readsTwoRowsOfGuidance() {
        assertEquals(2, sheet.guidance().size());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '#',
            quoteCharacter = '"',
            value = {
                "1#Special Rapporteur on the human rights of migrants#2004#A/59/377#63"
                        + "#The Special Rapporteur proposes a form of migration management"
                        + "#fulfil their obligations towards migrants#205#24#1746#2035",
                "2#Independent Expert on human rights and international solidarity#2018#A/73/206#50(b)"
                        + "#The expansion and celebration of pro-migrant solidarity: The positive"
                        + "#and advance global integration, development and justice;#578#25#2036#2714",
            })
    void readsEachRowOfSpecialProceduresGuidance(
            int number,
            String mandate,
            int year,
            String symbol,
            String paragraph,
            String textStart,
            String textEnd,
            int textLength,
            int line,
            int startOffset,
            int endOffset) {
        Guidance guidance = sheet.guidance().get(number - 1);
        assertEquals(number, guidance.number());
        assertCited(guidance, GuidanceSource.SPECIAL_PROCEDURES, mandate, year, symbol, paragraph);
        assertTrue(guidance.text().startsWith(textStart));
        assertTrue(guidance.text().endsWith(textEnd));
        assertEquals(textLength, guidance.text().length());
        assertSpan(guidance.span(), line, line, startOffset, endOffset);
    }

    @Test
    void tellsTwoPiecesOfSpecialProceduresGuidanceFromNoneOfTheTreatyBodies() {
        assertEquals(
                List.of(GuidanceSource.SPECIAL_PROCEDURES, GuidanceSource.TREATY_BODIES),
                sheet.guidanceSections().stream().map(GuidanceSection::source).toList());

        GuidanceSection special =
                sheet.section(GuidanceSource.SPECIAL_PROCEDURES).orElseThrow();
        assertEquals(2, special.guidance().size());
        assertNull(special.note());
        assertSpan(special.span(), 20, 25, 1011, 2714);

        GuidanceSection treaty = sheet.section(GuidanceSource.TREATY_BODIES).orElseThrow();
        assertEquals(0, treaty.guidance().size());
        assertEquals("There is currently no explicit guidance from the Treaty Bodies on this objective", treaty.note());
        assertSpan(treaty.span(), 27, 29, 2716, 2825);
    }

    @Test
    void keepsTheIntroductionAndLeavesOutTheContactBlock() {
        assertEquals(
                List.of("Foundations for Implementation", "What This Reference Tool Contains"),
                sheet.sections().stream().map(SheetSection::title).toList());
        SheetSection title = sheet.sections().get(0);
        assertEquals(
                "A reference tool containing guidance drawn from the UN's Special Procedures and Treaty Bodies to "
                        + "support States in human rights based implementation of the Global Compact for Safe, Orderly and "
                        + "Regular Migration.",
                title.text());
        assertSpan(title.span(), 3, 5, 2, 245);

        SheetSection contains = sheet.sections().get(1);
        String[] paragraphs = contains.text().split("\n");
        assertEquals(
                List.of(
                        "This compilation draws on recommendations from:",
                        "- Special Procedure thematic reports that relate specifically to migrants",
                        "- Treaty Body General Comments and General Recommendations that relate specifically to migrants",
                        ""),
                List.of(paragraphs).subList(0, 4));
        // The underline the conversion kept as HTML is markup, not text.
        assertTrue(paragraphs[4].endsWith("rather than echoing the principles and standards agreed in the Compact."));
        assertSpan(contains.span(), 9, 16, 363, 893);

        for (SheetSection section : sheet.sections()) {
            assertFalse(
                    section.text().contains("QUNO offices") || section.text().contains("ltownhead"), section.title());
        }
        assertTrue(sheet.guidanceSections().stream().allMatch(s -> s.span().endLine() < 33));
    }

    /** Another sheet of the kind: objective 5, a third Special Procedures row, and a Treaty Bodies table. */
    @Test
    void readsAnotherSheetOfTheKindWithoutChangesToTheCode() {
        String row3 =
                "| Special Rapporteur on the human rights of migrants (2013), A/68/283 (paras.77-78) | States should "
                        + "*review* their [visa policies](#) |";
        String treaty = "| Source | Guidance |\n|---|:---:|\n"
                + "| Committee on Migrant Workers (CMW) (2013), CMW/C/GC/2 (para.25) | States parties should ensure \\| protect |";
        String content = source.content()
                .replace(
                        "Objective 23: " + OBJECTIVE_23,
                        "Objective 5: Enhance availability and flexibility of pathways " + "for regular migration")
                .replace("justice; |\n", "justice; |\n" + row3 + "\n")
                .replace("There is currently no explicit guidance from the Treaty Bodies on this objective", treaty);
        SourceText other = new SourceText("quno-foundations-objective-5.txt", content);
        QunoExtractor extractor = new QunoExtractor();
        assertTrue(extractor.canRead(other));
        QunoSheet five = extractor.extract(other);

        assertEquals(5, five.objective());
        assertEquals("Enhance availability and flexibility of pathways for regular migration", five.objectiveTitle());
        assertEquals(
                List.of(1, 2, 3, 4),
                five.guidance().stream().map(Guidance::number).toList());

        Guidance third = five.guidance().get(2);
        assertCited(
                third,
                GuidanceSource.SPECIAL_PROCEDURES,
                "Special Rapporteur on the human rights of migrants",
                2013,
                "A/68/283",
                "77-78");
        assertEquals("States should review their visa policies", third.text());
        assertEquals(26, third.span().startLine());
        assertEquals(
                row3, content.substring(third.span().startOffset(), third.span().endOffset()));

        Guidance fourth = five.guidance().get(3);
        assertCited(
                fourth, GuidanceSource.TREATY_BODIES, "Committee on Migrant Workers (CMW)", 2013, "CMW/C/GC/2", "25");
        assertEquals("States parties should ensure | protect", fourth.text());
        assertEquals(32, fourth.span().startLine());

        assertEquals(
                3,
                five.section(GuidanceSource.SPECIAL_PROCEDURES)
                        .orElseThrow()
                        .guidance()
                        .size());
        GuidanceSection treatyBodies =
                five.section(GuidanceSource.TREATY_BODIES).orElseThrow();
        assertEquals(List.of(fourth), treatyBodies.guidance());
        assertNull(treatyBodies.note());
        assertEquals(
                List.of(28, 32),
                List.of(treatyBodies.span().startLine(), treatyBodies.span().endLine()));
    }

    @Test
    void rejectsARowWithTheWrongNumberOfCells() {
        CorpusException e = assertThrows(
                CorpusException.class,
                () -> read(mutated("(para.63) | The Special", "(para.63) | 2004 | The Special")));
        assertEquals(FILE + ":24: expected a table row of 2 cells (Source | Guidance), found 3", e.getMessage());
    }

    @Test
    void rejectsASourceNotOfTheFormMandateYearSymbolParagraph() {
        CorpusException e = assertThrows(
                CorpusException.class, () -> read(mutated("migrants (2004), A/59/377", "migrants, A/59/377")));
        assertEquals(
                FILE + ":24: expected a source of the form 'Mandate (YYYY), SYMBOL (para.N)', found "
                        + "'Special Rapporteur on the human rights of migrants, A/59/377 (para.63)'",
                e.getMessage());
    }

    @Test
    void rejectsObjectiveHeadingsThatDisagree() {
        String content = source.content().replaceFirst("Objective 23:", "Objective 22:");
        CorpusException e = assertThrows(CorpusException.class, () -> read(content));
        assertEquals(
                FILE + ":7: expected the heading 'Objective 23: " + OBJECTIVE_23 + "' as on line 18, found "
                        + "'Objective 22: " + OBJECTIVE_23 + "'",
                e.getMessage());
    }

    @Test
    void rejectsASheetWithoutItsTreatyBodiesSection() {
        CorpusException e =
                assertThrows(CorpusException.class, () -> read(mutated("Guidance from Treaty Bodies\n", "\n")));
        assertEquals(
                FILE + ":20: expected a section 'Guidance from Treaty Bodies' besides 'Guidance from Special "
                        + "Procedures', found none",
                e.getMessage());
    }

    @Test
    void rejectsATableWithoutItsSeparatorRow() {
        String separator = source.line(23).text() + "\n";
        CorpusException e = assertThrows(CorpusException.class, () -> read(mutated(separator, "")));
        assertEquals(
                FILE
                        + ":23: expected a separator row of 2 cells ('|---|') under the table header '| Source | Guidance |'",
                e.getMessage());
    }
}

package org.gcmkg.extract.booklet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gcmkg.corpus.Corpus;
import org.gcmkg.corpus.CorpusException;
import org.gcmkg.corpus.SourceText;
import org.gcmkg.corpus.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The booklet as read from data/corpus, against figures counted off the text by hand. */
class BookletExtractorTest {
    static SourceText source;
    static Booklet booklet;

    @BeforeAll
    static void read() {
        source = Corpus.read(Path.of("data/corpus/gcm-implementation-booklet.txt"));
        booklet = new BookletExtractor().extract(source);
    }

    static ObjectiveSection objective(int n) {
        return booklet.objectives().get(n - 1);
    }

    static Example example(int objective, int k) {
        return objective(objective).examples().get(k - 1);
    }

    @Test
    void readsTwentyThreeObjectivesWithTheirTitles() {
        assertEquals(23, booklet.objectives().size());
        assertEquals(
                "Collect and utilize accurate and disaggregated data as a basis for evidence-based policies",
                objective(1).title());
        assertEquals(
                "Ensure that all migrants have proof of legal identity and adequate documentation",
                objective(4).title());
        assertEquals(
                "Strengthen international cooperation and global partnerships for safe, orderly and regular migration",
                objective(23).title());
        assertEquals(139, objective(1).span().startLine());
    }

    /** How many of its parts each objective holds, in the objectives' order. */
    static List<Integer> perObjective(Function<ObjectiveSection, List<?>> parts) {
        return booklet.objectives().stream().map(o -> parts.apply(o).size()).toList();
    }

    @Test
    void reads187ActionsWithTheRightLettersPerObjective() {
        List<Integer> counts = perObjective(ObjectiveSection::actions);
        assertEquals(List.of(11, 12, 5, 7, 10, 12, 12, 6, 6, 10, 7, 5, 8, 6, 6, 9, 7, 12, 10, 9, 9, 3, 5), counts);
        // 186 bullets, and action 21(i), which the conversion ran into the line of 21(h).
        assertEquals(187, counts.stream().mapToInt(Integer::intValue).sum());
        for (ObjectiveSection o : booklet.objectives()) {
            String letters = o.actions().stream().map(Action::letter).collect(Collectors.joining());
            assertEquals(
                    "abcdefghijkl".substring(0, o.actions().size()), letters, "letters of objective " + o.number());
        }
    }

    @Test
    void readsTheBoldLeadOfAnActionEvenWhereItsOpeningMarkupWasLost() {
        // Objective 1 writes "- (a) Elaborate ... levels,** with ..."; objective 23 writes "- a) **Support ...**".
        assertEquals(
                "Elaborate and implement a comprehensive strategy for improving migration data at local, national, "
                        + "regional and global levels",
                objective(1).actions().get(0).lead());
        assertEquals(
                "Support other States as we collectively implement the Global Compact",
                objective(23).actions().get(0).lead());
        assertTrue(objective(23)
                .actions()
                .get(0)
                .text()
                .text()
                .startsWith("Support other States as we collectively "
                        + "implement the Global Compact, including through the provision of financial"));
    }

    @Test
    void splitsTheActionTheConversionGluedToThePreviousOne() {
        Action h = objective(21).actions().get(7);
        Action i = objective(21).actions().get(8);
        assertEquals("h", h.letter());
        assertTrue(
                h.text()
                        .text()
                        .endsWith("as active members of society and contributors to sustainable development in "
                                + "the country of origin upon return"),
                h.text().text());
        assertEquals("i", i.letter());
        assertTrue(i.text()
                .text()
                .startsWith("Identify and address the needs of the communities to which migrants return"));
        assertTrue(i.text().text().endsWith("cooperating with local authorities and relevant stakeholders"));
        assertEquals(1248, i.span().startLine());
        assertEquals(h.span().endOffset() + " i) ".length(), i.span().startOffset());
        assertEquals(null, i.lead());
    }

    @Test
    void readsTheConcreteExamplesOfEveryObjective() {
        List<Integer> counts = perObjective(ObjectiveSection::examples);
        assertEquals(List.of(4, 3, 4, 3, 5, 3, 5, 3, 4, 3, 3, 6, 4, 3, 6, 5, 6, 3, 4, 5, 5, 3, 4), counts);
        assertEquals(94, counts.stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void joinsAnExampleThatAPageBreakCutInTwo() {
        Example matricula = example(4, 3);
        assertTrue(
                matricula
                        .text()
                        .text()
                        .contains(
                                "According to the Mexican Embassy, \"[a]s of August 2013, more than 371 "
                                        + "counties, 356 financial institutions, and 1,036 police departments accepted matrícula consular cards"));
        assertTrue(matricula.text().text().endsWith("as a valid proof of ID.\""));
        assertEquals(List.of(17), matricula.footnotes());
        assertEquals(
                List.of(289, 295),
                matricula.spans().stream().map(Span::startLine).toList());
        assertTrue(
                example(23, 4).text().text().endsWith("It is co-chaired by Save the Children and Terre des Hommes."));
        assertTrue(example(5, 2)
                .text()
                .text()
                .contains("international instruments ratified by both countries, which includes"));
    }

    @Test
    void foldsSubBulletsIntoTheirExampleIncludingOneWhoseIndentAPageBreakLost() {
        Example protect = example(10, 2);
        String[] lines = protect.text().text().split("\n");
        assertEquals(4, lines.length);
        assertEquals(
                "- Improve the systematic collection and compiling of data on trends and information regarding groups "
                        + "vulnerable to human trafficking",
                lines[2]);
        assertEquals(List.of(40), protect.footnotes());
        // The bullet after the page break in objective 17 is an example of its own: no sub-bullet follows it.
        assertTrue(example(17, 3).text().text().startsWith("ILO hosts a Global Media Competition"));
        assertEquals(5, example(21, 1).text().text().split("\n").length);
    }

    @Test
    void keepsFootnoteContinuationsOutOfTheExamples() {
        assertEquals(List.of(67, 68), example(15, 2).footnotes());
        assertFalse(example(15, 2).text().text().contains("PICUM (2017)"));
        Footnote f67 = booklet.footnotes().stream()
                .filter(f -> f.number() == 67)
                .findFirst()
                .orElseThrow();
        assertEquals(4, f67.text().split("\n").length);
        assertTrue(f67.text().split("\n")[1].startsWith("PICUM (2017), \"Cities of rights"));
    }

    @Test
    void readsEveryFootnoteAndLinksItFromTheTextThatCarriesItsMarker() {
        assertEquals(116, booklet.footnotes().size());
        assertFalse(
                booklet.footnotes().stream().anyMatch(f -> f.number() == 103), "footnote 103 is missing from the text");
        assertEquals(List.of(3), example(1, 1).footnotes());
        assertEquals(List.of(48, 49), example(12, 2).footnotes());
        assertEquals(List.of(55, 56, 57, 58, 59, 60), example(13, 4).footnotes());
        // Action 2(a) quotes the GCM's own footnote marker 4, which is not the booklet's footnote 4.
        assertEquals(List.of(), objective(2).actions().get(0).footnotes());
        assertEquals(List.of(), example(21, 2).footnotes(), "its marker 103 has no footnote");
        Footnote f110 = booklet.footnotes().stream()
                .filter(f -> f.number() == 110)
                .findFirst()
                .orElseThrow();
        assertEquals(
                List.of(
                        "https://services.mywelfare.ie/en/topics/covid-19-payments/covid-19-pandemic-unemployment-payment/",
                        "https://www.mrci.ie/2020/04/22/rights-of-undocumented-workers-to-access-social-welfare-supports-during-covid-19/"),
                f110.urls());
        // Its link text escapes the brackets of the URL and its target does not: one URL, whole.
        Footnote f38 = booklet.footnotes().stream()
                .filter(f -> f.number() == 38)
                .findFirst()
                .orElseThrow();
        String url =
                "https://www.europarl.europa.eu/RegData/docs_autres_institutions/commission_europeenne/swd/2017/0117/"
                        + "COM_SWD(2017)0117_EN.pdf";
        assertEquals(List.of(url), f38.urls());
        assertEquals(
                "European Commission (2017), \"Refit Evaluation of the EU Facilitators Package,\" " + url + ".",
                f38.text());
    }

    @Test
    void readsTheSdgTargetsOfEveryObjective() {
        assertEquals(List.of("10.7", "17.18"), targets(1));
        assertEquals(List.of("1.4", "4.b", "5.b", "10.7", "16.10"), targets(3));
        assertEquals(List.of("1.3", "10.7", "16.9", "17.18"), targets(4));
        assertEquals(List.of("9.1", "9.a", "10.7", "16.3", "17.16", "17.18"), targets(11));
        // Written "17:18" in the booklet.
        assertEquals(List.of("10.2", "10.7", "11.b", "16.7", "16.b", "17.18"), targets(16));
        assertEquals(List.of("17.3", "17.6", "17.7", "17.14", "17.16", "17.17", "17.18"), targets(23));
        assertEquals(
                "Facilitate orderly, safe, regular and responsible migration and mobility of people, including through "
                        + "the implementation of planned and well-managed migration policies",
                objective(1).goals().get(0).targets().get(0).text());
        assertEquals("Reduced inequalities", objective(1).goals().get(0).title());
        int total = booklet.objectives().stream()
                .mapToInt(o -> targets(o.number()).size())
                .sum();
        assertEquals(150, total);
    }

    @Test
    void readsAllSdgsWhereTheBookletSaysSoInProse() {
        assertEquals(210, objective(2).allSdgs().startLine());
        assertEquals(1164, objective(19).allSdgs().startLine());
        assertEquals(List.of(), targets(2));
        assertTrue(objective(2).sdgNote().startsWith("In order to eliminate the adverse drivers"));
        assertEquals(
                2,
                booklet.objectives().stream().filter(o -> o.allSdgs() != null).count());
        assertNull(objective(1).sdgNote());
    }

    @Test
    void readsTheFrameworksTheBookletLists() {
        assertEquals(27, booklet.frameworks().size());
        Framework udhr = booklet.frameworks().get(0);
        assertEquals("Universal Declaration of Human Rights", udhr.title());
        assertEquals(List.of("UDHR"), udhr.altLabels());
        assertEquals(1948, udhr.year());
        assertEquals("Human rights law instruments", udhr.group());
        assertTrue(udhr.description().startsWith("Adopted by the United Nations General Assembly on 10 December 1948"));
        Framework palermo = framework("United Nations Convention against Transnational Organized Crime");
        assertEquals(List.of("Palermo Convention"), palermo.altLabels());
        assertEquals(2003, palermo.year());
        // Line 94: "... which includes the Protocol to Prevent, ... Women and Children whose parties ... and the
        // Protocol
        // against the Smuggling of Migrants by Land, Sea and Air which aims ...". Only the Palermo Convention names
        // others; every framework of the lists is an instrument to register, and these two besides.
        assertEquals(
                List.of(
                        "Protocol to Prevent, Suppress and Punish Trafficking in Persons Especially Women and Children",
                        "Protocol against the Smuggling of Migrants by Land, Sea and Air"),
                palermo.included());
        assertEquals(29, booklet.listedInstruments().size());
        Framework ilo97 = framework("Migration for Employment Convention");
        assertEquals(List.of("ILO Convention No. 97"), ilo97.altLabels());
        assertEquals(1949, ilo97.year());
        assertEquals("ILO conventions on promoting decent work and labour migration", ilo97.group());
        assertEquals(
                "Other international conventions and frameworks",
                framework("New Urban Agenda").group());
        assertNull(framework("Convention on the Rights of Persons with Disabilities")
                .description());
        assertEquals(
                1957,
                framework("Supplementary Convention on the Abolition of Slavery, the Slave Trade, and Institutions "
                                + "and Practices Similar to Slavery")
                        .year());
    }

    @Test
    void keepsTheGuidingSectionsAsTextAndTheUsefulWebsitesAsLinks() {
        TextSection vision = booklet.sections().stream()
                .filter(s -> s.title().equals("A 360-degree vision of international migration"))
                .findFirst()
                .orElseThrow();
        assertTrue(vision.text().startsWith("In line with the GCM's 360-degree view of migration"));
        TextSection howTo = booklet.sections().get(1);
        assertEquals("How to use this booklet", howTo.title());
        assertEquals(List.of(1, 2), howTo.footnotes());
        assertEquals(18, booklet.websites().size());
        assertEquals(
                new Website("HRBA Portal", "https://hrbaportal.undg.org/", source.span(1415, 1417)),
                booklet.websites().get(5));
    }

    @Test
    void namesFileLineAndExpectationForABrokenBooklet() {
        String text = source.content().replace("GCM Objective 5\n", "GCM Objective 6\n");
        CorpusException e = assertThrows(
                CorpusException.class, () -> new BookletExtractor().extract(new SourceText("broken.txt", text)));
        assertEquals("broken.txt:317: expected 'GCM Objective 5', found 'GCM Objective 6'", e.getMessage());
        String noTarget = source.content().replace("- **10.7:** Facilitate", "- **Facilitate");
        CorpusException e2 = assertThrows(
                CorpusException.class, () -> new BookletExtractor().extract(new SourceText("broken.txt", noTarget)));
        assertEquals("broken.txt:171: expected an SDG target '- **10.7:** ...' with its code", e2.getMessage());
    }

    static List<String> targets(int objective) {
        return objective(objective).goals().stream()
                .flatMap(g -> g.targets().stream())
                .map(SdgTarget::code)
                .toList();
    }

    static Framework framework(String title) {
        return booklet.frameworks().stream()
                .filter(f -> f.title().equals(title))
                .findFirst()
                .orElseThrow();
    }
}

package org.gcmkg.extract.iom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.gcmkg.corpus.Corpus;
import org.gcmkg.corpus.CorpusException;
import org.gcmkg.corpus.SourceText;
import org.gcmkg.corpus.Span;
import org.junit.jupiter.api.Test;

/** The IDM report No. 27 as read from data/corpus, against figures counted off the text by hand and with Python. */
class IomExtractorTest {
    static final String FILE = "iom-idm-red-book-27.txt";
    static final SourceText source = Corpus.read(Path.of("data/corpus", FILE));
    static final DialogueReport report = new IomExtractor().extract(source);

    /** The source with line {@code number} replaced, as a malformed variant of the report. */
    static SourceText withLine(int number, String text) {
        List<String> lines = new ArrayList<>(source.content().lines().toList());
        lines.set(number - 1, text);
        return new SourceText(FILE, String.join("\n", lines) + "\n");
    }

    static Stream<Span> allSpans() {
        return Stream.of(
                        report.workshops().stream().flatMap(w -> w.spans().stream()),
                        report.chapters().stream().flatMap(c -> c.spans().stream()),
                        report.speakers().stream().flatMap(s -> s.spans().stream()),
                        report.statements().stream().flatMap(s -> s.spans().stream()),
                        report.recommendations().stream().flatMap(r -> r.spans().stream()))
                .flatMap(s -> s);
    }

    @Test
    void readsTitleAndPublisher() {
        assertEquals(
                "International Dialogue on Migration No. 27: Strengthening international cooperation on and "
                        + "governance of migration: Towards the adoption of a global compact for safe, orderly and regular "
                        + "migration in 2018",
                report.title());
        assertEquals("International Organization for Migration (IOM)", report.publisher());
    }

    @Test
    void readsPages1To87AndNothingAfterThem() {
        assertEquals(87, report.pages().size());
        for (int n = 1; n <= 87; n++) {
            Page page = report.pages().get(n - 1);
            assertEquals(n, page.number());
            // Lines 1-9 are the web page's chrome; page n is line 2n + 8, blank lines between.
            assertEquals(2 * n + 8, page.line().number());
        }
        assertEquals(87, report.lastPage());
        // Page 87 is line 182; the scraped list of other documents starts on line 184, and its line 190
        // ("18 19 April 2017 ...") starts with a number but is no page.
        assertEquals(156013, report.endOffset());
        assertEquals(source.line(182).endOffset(), report.endOffset());
        assertTrue(allSpans().allMatch(s -> s.endOffset() <= report.endOffset() && s.endLine() <= 182));
        assertTrue(allSpans().allMatch(s -> s.page() != null && s.page() >= 1 && s.page() <= 87));
    }

    @Test
    void separatesThePrintedPageNumbers() {
        assertEquals("3", report.pages().get(14).folio());
        assertEquals("75", report.pages().get(86).folio());
        assertEquals("iii", report.pages().get(6).folio());
        assertNull(report.pages().get(2).folio(), "the title page ends with the year 2018, no page number");
        assertTrue(report.pages().get(2).body().text().endsWith("REGULAR MIGRATION IN 2018"));
        assertTrue(report.pages().get(13).isBlank());
    }

    @Test
    void readsTheTwoWorkshops() {
        assertEquals(2, report.workshops().size());
        Workshop newYork = report.workshops().get(0);
        assertEquals("New York", newYork.city());
        assertEquals("United Nations Headquarters, New York", newYork.place());
        assertEquals(LocalDate.of(2017, 4, 18), newYork.startDate());
        assertEquals(LocalDate.of(2017, 4, 19), newYork.endDate());
        Workshop geneva = report.workshops().get(1);
        assertEquals("Palais des Nations, Geneva", geneva.place());
        assertEquals(LocalDate.of(2017, 7, 18), geneva.startDate());
        assertEquals(LocalDate.of(2017, 7, 19), geneva.endDate());
        // "April 2017, United Nations Headquarters, New York" on the title page (page 13), "in New York on 18 and
        // 19 April" on page 6.
        assertEquals(
                List.of(new Span(FILE, 34, 34, 12583, 12632, 13), new Span(FILE, 20, 20, 4907, 4937, 6)),
                newYork.spans());
        assertEquals(
                List.of(new Span(FILE, 34, 34, 12637, 12674, 13), new Span(FILE, 20, 20, 4961, 4988, 6)),
                geneva.spans());
    }

    @Test
    void readsTheSevenChaptersOfTheReportFromTheTableOfContents() {
        assertEquals(
                List.of(
                        "Introduction",
                        "The global compact: A historic opportunity",
                        "Whole-of-government and whole-of-society approaches to migration",
                        "Migrants and vulnerability",
                        "International cooperation and shared responsibilities, including regional and situation-specific "
                                + "multilateral initiatives",
                        "Implementing and following up the global compact on migration",
                        "Recommendations"),
                report.chapters().stream().map(Chapter::title).toList());
        assertEquals(
                List.of(15, 25, 31, 41, 69, 81, 87),
                report.chapters().stream().map(Chapter::firstPage).toList());
        assertEquals(
                List.of(24, 30, 40, 68, 80, 86, 87),
                report.chapters().stream().map(Chapter::lastPage).toList());
        // One passage per page that is not blank: pages 24, 40 and 80 are blank.
        assertEquals(
                List.of(9, 6, 9, 28, 11, 6, 1),
                report.chapters().stream().map(c -> c.spans().size()).toList());
        Chapter introduction = report.chapters().get(0);
        assertEquals(
                new Span(
                        FILE,
                        38,
                        38,
                        source.line(38).startOffset(),
                        source.line(38).endOffset(),
                        15),
                introduction.spans().get(0));
    }

    @Test
    void finds119SpeakersWhoAre64Persons() {
        assertEquals(119, report.speakers().size());
        assertEquals(64, report.persons().size());
        // The speakers every page of the report names, the first ones in the introduction's list of panellists.
        assertEquals(
                List.of("Denis McClean", "Mechthilde Fuhrer", "Lorenzo Guadagno", "Ahmed Hussen"),
                report.speakers().subList(0, 4).stream().map(Speaker::name).toList());
        assertEquals("Berhane Gebre-Christos", report.speakers().get(118).name());
    }

    @Test
    void reproducesTheHandCheckedSampleOfSpeakers() throws IOException {
        List<String> rows = Files.readAllLines(Path.of("src/test/resources/iom-speakers-sample.tsv"));
        assertEquals("name\trole\torganisation\tcountry\tpage", rows.get(0));
        assertEquals(32, rows.size() - 1);
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split("\t", -1);
            boolean found = report.speakers().stream()
                    .anyMatch(s -> s.name().equals(f[0])
                            && Objects.equals(s.role(), blankAsNull(f[1]))
                            && Objects.equals(s.organisation(), blankAsNull(f[2]))
                            && Objects.equals(s.country(), blankAsNull(f[3]))
                            && s.page() == Integer.parseInt(f[4]));
            assertTrue(found, "no speaker " + row);
        }
    }

    private static String blankAsNull(String value) {
        return value.isEmpty() ? null : value;
    }

    @Test
    void mergesEachPersonsAppearances() {
        Person hobart = person("Edward Hobart");
        assertEquals(4, hobart.appearances().size());
        assertEquals(List.of("Migration Envoy"), hobart.roles());
        assertEquals(
                List.of("United Kingdom of Great Britain and Northern Ireland", "United Kingdom"), hobart.countries());
        Person samsar = person("Mehmet Samsar");
        assertEquals(
                List.of(26, 28, 72, 73, 76),
                samsar.appearances().stream().map(Speaker::page).toList());
        assertEquals(List.of("Turkey"), samsar.countries());
        // "Berhane Gebre- Christos (Ethiopia)" on page 85: the hyphen a line break left before a space is closed up.
        assertEquals(4, person("Berhane Gebre-Christos").appearances().size());
        // The report spells one name two ways; as written, they are two persons.
        assertEquals(1, person("Nilambar Badal").appearances().size());
        assertEquals(1, person("Nilambr Badal").appearances().size());
        assertEquals(List.of(1), List.copyOf(person("Francisco Hagó").workshops()));
    }

    static Person person(String name) {
        return report.persons().stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aSpeakerAPageBreakCutHasOneSpanPerPage() {
        // "Mechthilde Fuhrer 8" ends page 20; page 21 opens "(Deputy Executive Secretary, ...)".
        Speaker fuhrer = report.speakers().get(1);
        assertEquals(List.of(20, 21), fuhrer.spans().stream().map(Span::page).toList());
        assertEquals(
                "Council of Europe",
                fuhrer.organisation().substring(fuhrer.organisation().lastIndexOf(", ") + 2));
    }

    @Test
    void rejectsWhatIsNoPersonBeforeAParenthesis() {
        List<String> names = report.speakers().stream().map(Speaker::name).toList();
        for (String notAPerson : List.of(
                "Libya",
                "Patriotic Vision",
                "United Kingdom",
                "African Economic Community",
                "Stockholm Agenda",
                "International Recruitment Integration System",
                "Migration")) {
            assertFalse(names.contains(notAPerson), notAPerson);
        }
        assertTrue(names.stream().noneMatch(n -> n.startsWith("As ") || n.startsWith("For ")));
    }

    @Test
    void keepsHonorificsOutOfTheName() {
        // Page 23, line 54: "Ahmed Hussen (Minister of Immigration, Refugees and Citizenship, Canada)".
        SourceText text = withLine(
                54, source.line(54).text().replace("Ahmed Hussen (Minister", "H.E. Mr Ahmed Hussen (Minister"));
        assertTrue(text.line(54).text().contains("H.E. Mr Ahmed Hussen (Minister"));
        Speaker hussen = new IomExtractor().extract(text).speakers().get(3);
        assertEquals("Ahmed Hussen", hussen.name());
        assertEquals("H.E. Mr", hussen.honorific());
        assertNull(report.speakers().get(3).honorific());
    }

    @Test
    void attributesToEachSpeakerTheirSentence() {
        assertEquals(119, report.statements().size());
        Statement samsar = report.statements().get(6);
        assertEquals(
                "Mehmet Samsar (Turkey) provided a concise breakdown of how he saw a historic opportunity being "
                        + "brought to a successful conclusion.",
                samsar.text());
        assertEquals(List.of(new Span(FILE, 64, 64, 38913, 39043, 28)), samsar.spans());
        assertEquals(2, samsar.chapter());
        assertEquals("Mehmet Samsar", samsar.speaker().name());
    }

    @Test
    void takesTheNextSentenceWhenItGoesOnReportingTheSpeaker() {
        Statement kolberg = report.statements().get(29);
        assertEquals(
                "Aud Kolberg (Deputy Secretary General, Ministry of Foreign Affairs, Norway) also cautioned about "
                        + "the use of the term vulnerable in relationship to migrants. She reminded participants that most of "
                        + "today s migration was voluntary and flowed through regular channels.",
                kolberg.text());
        assertEquals(42, kolberg.page());
        assertEquals(4, kolberg.chapter());
        Statement maalim = report.statements().get(110);
        assertEquals(
                "Mahboub Maalim (IGAD Executive Secretary) also urged that the focus be on implementation of "
                        + "existing legal norms. He criticized other efforts, saying the tendency was to start a process and "
                        + "hold good meetings, only to have nothing happen.",
                maalim.text());
        assertEquals(82, maalim.page());
    }

    @Test
    void aStatementAPageBreakCutHasOneSpanPerPage() {
        Statement ethiopia = report.statements().get(17);
        assertTrue(ethiopia.text()
                .startsWith("For example, Berhane Gebre-Christos (Special Envoy for Regional Affairs, "
                        + "Office of the Prime Minister, Ethiopia) noted that, In Ethiopia,"));
        assertEquals(
                List.of(new Span(FILE, 74, 74, 49313, 49376, 33), new Span(FILE, 76, 76, 49384, 49695, 34)),
                ethiopia.spans());
    }

    @Test
    void placesAStatementInTheWorkshopTheTextNames() {
        Statement hago = report.statements().get(19);
        assertTrue(hago.text().startsWith("At the first workshop, Francisco Hagó (Ecuador) offered examples"));
        assertEquals(1, hago.workshop());
        assertEquals(
                1,
                report.statements().stream().filter(s -> s.workshop() != null).count());
    }

    @Test
    void finds39Recommendations() {
        assertEquals(39, report.recommendations().size());
        Recommendation mignatti = report.recommendations().get(29);
        assertEquals(
                "Maria Pia Belloni Mignatti (NGO Committee on Migration) recommended: IOM should be given an "
                        + "official human rights protection function, and the United Nations human rights framework should be "
                        + "referred to in its Constitution.",
                mignatti.text());
        assertEquals(77, mignatti.page());
        assertEquals(5, mignatti.chapter());
        assertEquals(
                "Some NGO representatives called for a more institutionalized role for civil society in the "
                        + "global compact consultations.",
                report.recommendations().get(12).text());
        assertTrue(
                report.recommendations().get(10).text().contains("shared his recommendations, including that society"));
        assertEquals(
                "A representative from Morocco urged that one of the main topics of consultation subsequent to "
                        + "the first workshop should be follow-up of the global compact on migration implementation scheme.",
                report.recommendations().get(38).text());
        assertEquals(86, report.recommendations().get(38).page());
        // "the actions recommended in the Sutherland Report" recommends nothing.
        assertTrue(report.recommendations().stream()
                .noneMatch(r -> r.text().startsWith("Robert J. Vitillo (ICMC), drawing")));
    }

    @Test
    void aPageOutOfOrderIsAnError() {
        SourceText text = withLine(58, "51" + source.line(58).text().substring(2));
        CorpusException e = assertThrows(CorpusException.class, () -> new IomExtractor().extract(text));
        assertEquals(
                FILE + ":58: expected page 25 (a line starting with '25'), found a line starting with '51'",
                e.getMessage());
    }

    @Test
    void aChapterWithoutItsHeadingIsAnError() {
        SourceText text =
                withLine(58, source.line(58).text().replace("THE GLOBAL COMPACT: A HISTORIC OPPORTUNITY ", ""));
        CorpusException e = assertThrows(CorpusException.class, () -> new IomExtractor().extract(text));
        assertEquals(
                FILE + ":58: expected page 25 (printed 13) to open with the chapter heading "
                        + "'THE GLOBAL COMPACT: A HISTORIC OPPORTUNITY'",
                e.getMessage());
    }
}

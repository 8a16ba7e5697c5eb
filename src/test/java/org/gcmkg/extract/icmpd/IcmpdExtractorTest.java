package org.gcmkg.extract.icmpd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.gcmkg.corpus.Corpus;
import org.gcmkg.corpus.CorpusException;
import org.gcmkg.corpus.SourceText;
import org.gcmkg.corpus.Span;
import org.gcmkg.extract.InlineMarkup;
import org.gcmkg.extract.ListedInstrument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ICMPD's input as read from data/corpus, against figures counted off the text by hand (and by grep). */
class IcmpdExtractorTest {
    static final String FILE = "icmpd-input-unsg-report.txt";
    static final SourceText source = Corpus.read(Path.of("data/corpus", FILE));
    static final IcmpdInput input = new IcmpdExtractor().extract(source);

    static Theme theme(int n) {
        return input.themes().get(n - 1);
    }

    static Commitment commitment(int theme, int k) {
        return theme(theme).commitments().get(k - 1);
    }

    static List<String> frameworks(int theme) {
        return input.annex().get(theme - 1).frameworks().stream()
                .map(AnnexFramework::title)
                .toList();
    }

    static IcmpdInput extract(String content) {
        return new IcmpdExtractor().extract(new SourceText(FILE, content));
    }

    @Test
    void readsThePublisherFromTheLineAfterTheTitle() {
        assertEquals("International Centre for Migration Policy Development", input.publisher());
        assertEquals("ICMPD", input.publisherAbbreviation());
        assertEquals(
                "Input to the UNSG's report on the Global Compact for Safe, Orderly and Regular Migration",
                input.title());
    }

    @Test
    void readsFiveThemesWith3_6_6_8And7Commitments() {
        assertEquals(
                List.of(1, 2, 3, 4, 5),
                input.themes().stream().map(Theme::number).toList());
        assertEquals(
                List.of(
                        "Fulfill human rights obligations with respect to migrants",
                        "Reduce irregular migration and migrant smuggling, and end trafficking in persons",
                        "Promote regular migration pathways",
                        "Promote migrants' contributions in countries of origin, transit and destination",
                        "Promote cooperation and partnership"),
                input.themes().stream().map(t -> t.title().text()).toList());
        assertEquals(
                List.of(3, 6, 6, 8, 7),
                input.themes().stream().map(t -> t.commitments().size()).toList());
        assertEquals(
                List.of(1, 2, 3, 4, 5, 6, 7, 8),
                theme(4).commitments().stream().map(Commitment::number).toList());
    }

    @Test
    void keepsEachThemesIntroductionAndWhereItStands() {
        assertEquals(2, theme(1).paragraphs().size());
        assertEquals(
                List.of(1, 1, 1, 1),
                input.themes().subList(1, 5).stream()
                        .map(t -> t.paragraphs().size())
                        .toList());
        assertTrue(theme(1).description().startsWith("Throughout the GCM process, states and non-state stakeholders"));
        assertTrue(theme(1).description().contains("existing international frameworks.\n\nWithin this principle"));
        assertTrue(theme(5).description().endsWith("the achievements such processes have already made."));
        assertEquals(new Span(FILE, 15, 28, 1916, 4428, null), theme(1).span());
        assertEquals(new Span(FILE, 53, 71, 8915, 12430, null), theme(4).span());
        assertEquals(new Span(FILE, 73, 83, 12432, 15132, null), theme(5).span());
    }

    @Test
    void joinsTheCommitmentAPageBreakCut() {
        Commitment detention = commitment(1, 2);
        assertEquals(
                "Member States should seek alternatives to detention, eliminate arbitrary detention and eliminate "
                        + "detention of children. Immigration detention should be an action of last resort, with alternatives "
                        + "implemented whenever possible (e.g. FRA's compilation of legal resources and the International "
                        + "Detention Coalition's guidance).",
                detention.text().text());
        // Two passages: line 24, and line 26 after the blank line of the page break.
        assertEquals(
                List.of(new Span(FILE, 24, 24, 3785, 3969, null), new Span(FILE, 26, 26, 3971, 4121, null)),
                detention.spans());
        assertTrue(
                commitment(1, 3).text().text().startsWith("Member States should improve migrants' access to justice"));
    }

    @Test
    void foldsSubItemsIntoTheirCommitment() {
        Commitment rights = commitment(1, 1);
        String[] parts = rights.text().text().split("\n- ");
        assertEquals(3, parts.length);
        assertEquals(
                "Member States should effectively implement and uphold the rights enshrined in international "
                        + "frameworks (on human rights, child rights, women's rights, migrant workers, trafficking, etc);",
                parts[0]);
        assertEquals(parts[0], rights.lead());
        assertTrue(parts[2].startsWith("Supporting migrants' access to such rights and protection via consular"));
        assertEquals(List.of(new Span(FILE, 21, 23, 2898, 3784, null)), rights.spans());

        Commitment barriers = commitment(4, 2);
        assertEquals(6, barriers.text().text().split("\n- ").length);
        assertEquals(
                "Dissolve barriers to migrants' contributions to their communities, for example:", barriers.lead());
        assertTrue(barriers.text()
                .text()
                .endsWith("\n- Consider involvement of diasporas in policy development processes "
                        + "and political participation in country of origin parliaments, with either real or honorary seats "
                        + "allocated for diaspora communities."));
        assertEquals(2, commitment(4, 1).text().text().split("\n- ").length);
        // Links keep their titles: "[Interactive Map on Migration \(i-Map\)](#)".
        assertTrue(
                commitment(4, 7).text().text().contains("(e.g. Interactive Map on Migration (i-Map)), and positive"));
    }

    @Test
    void aBlankLineBetweenTwoBulletsStartsNothing() {
        assertEquals(
                "Promote the use of migrant resource centres in accessing both information on how and "
                        + "opportunities to migrate legally.",
                commitment(3, 2).text().text());
        assertEquals(47, commitment(3, 2).spans().get(0).startLine());
        assertEquals(69, commitment(4, 6).spans().get(0).startLine());
        assertTrue(commitment(4, 5).text().text().endsWith("their vulnerabilities, needs and potentials."));
    }

    @Test
    void keepsTheProseSectionsAsText() {
        assertEquals(
                List.of(
                        "Structure and elements of a global compact for safe, orderly and regular migration (GCM), including "
                                + "Actionable Commitments",
                        "Means of implementation and a framework for the follow-up and review",
                        "Means of implementation",
                        "Framework for follow-up and review",
                        "Annex of relevant frameworks for reference within the GCM"),
                input.sections().stream().map(TextSection::title).toList());
        assertEquals(
                List.of(
                        new Span(FILE, 7, 13, 155, 1914, null),
                        new Span(FILE, 85, 87, 15134, 15508, null),
                        new Span(FILE, 89, 99, 15510, 18421, null),
                        new Span(FILE, 101, 107, 18423, 20700, null),
                        new Span(FILE, 109, 129, 20702, 23562, null)),
                input.sections().stream().map(TextSection::span).toList());
        assertEquals(3, input.sections().get(0).text().split("\n\n").length);
        assertEquals(5, input.sections().get(2).text().split("\n\n").length);
        assertEquals(3, input.sections().get(3).text().split("\n\n").length);
        assertTrue(input.sections().get(2).text().contains("The MIEUX Initiative provides an excellent model here"));
        assertTrue(input.sections()
                .get(4)
                .text()
                .startsWith("1. Fulfill human rights obligations with respect to migrants:\n"
                        + "The International Bill of Human Rights; European Convention on Human Rights;"));
    }

    @Test
    void readsTheFrameworksTheAnnexListsPerTheme() {
        assertEquals(
                List.of(15, 8, 3, 7, 0),
                input.annex().stream().map(e -> e.frameworks().size()).toList());
        assertEquals(
                List.of(
                        "International Bill of Human Rights",
                        "European Convention on Human Rights",
                        "Convention and Protocol relating to the Status of Refugees",
                        "Convention on the Rights of the Child",
                        "Convention on the Elimination of All Forms of Discrimination Against Women",
                        "International Convention on the Elimination of All Forms of Racial Discrimination",
                        "International Convention on the Protection of the Rights of All Migrant Workers and their Families",
                        "Domestic Workers Convention",
                        // The link holds the start of the title; the rest follows it.
                        "UNHCR's 10 Point Plan of Action on refugee protection and mixed migration",
                        // "Global Migration Group's draft", "OHCHR's", ... before the link say whose it is.
                        "Principles and guidelines on the human rights protection of migrants in vulnerable situations within "
                                + "large and/or mixed movements",
                        "Principles and Guidelines on Human Rights at International Borders",
                        "Guidelines to Protect Migrants in Countries Experiencing Conflict or Natural Disaster",
                        "Nansen Initiative Protection Agenda",
                        "Global Charter-Agenda for Human Rights in the City",
                        "Draft articles on the expulsion of aliens"),
                frameworks(1));
        assertEquals(
                List.of(
                        "Convention against Transnational Organized Crime and the Protocols Thereto",
                        "UNODC Global Plan of Action to Combat Trafficking in Persons",
                        "Alliance 8.7",
                        "International Framework for Action to Implement the Smuggling of Migrants Protocol",
                        "Paris Agreement",
                        "Sendai Framework for Disaster Risk Reduction 2015-2030",
                        // One link, two frameworks.
                        "Outcome of the World Humanitarian Summit",
                        "Nansen Initiative Protection Agenda"),
                frameworks(2));
        assertEquals(
                List.of(
                        "International Convention on the Protection of the Rights of All Migrant Workers and their Families",
                        "International Labour Standards on Labour Migration",
                        "Nansen Initiative Protection Agenda"),
                frameworks(3));
        assertEquals(
                List.of(
                        "Transforming our world: the 2030 Agenda for Sustainable Development",
                        "Addis Ababa Action Agenda of the Third International Conference on Financing for Development",
                        "Nairobi Action Plan on Remittances",
                        "Addis Ababa Declaration on Population and Development in Africa beyond 2014",
                        "Migrant Integration Policy Index",
                        "Vienna Convention on Consular Relations",
                        "New Urban Agenda"),
                frameworks(4));
        assertEquals(
                List.of(
                        "Global Forum on Migration and Development",
                        "international migration dialogues such as the Bali, Budapest, Khartoum, Prague and Rabat Processes",
                        "the Mediterranean Transit Migration dialogue",
                        "Regional bodies such as ASEAN, CAN, COMESA, EAC, ECOWAS, ECCAS, EU, IGAD, LAS, MERCOSUR, OAS, OSCE, SADC"),
                input.annex().get(4).otherItems());
        assertEquals(List.of(), input.annex().get(0).otherItems());
    }

    @Test
    void pointsAtTheWordsThatNameEachFramework() {
        AnnexFramework mipex = input.annex().get(3).frameworks().get(4);
        assertEquals(List.of("MIPEX"), mipex.otherNames());
        assertEquals("Migrant Integration Policy Index (MIPEX)", mipex.words());
        // The file writes "\(MIPEX\)": the span covers the escapes.
        assertEquals(new Span(FILE, 125, 125, 23109, 23151, null), mipex.span());
        AnnexFramework bill = input.annex().get(0).frameworks().get(0);
        assertEquals(new Span(FILE, 113, 113, 20831, 20865, null), bill.span());
        assertEquals(
                List.of(
                        new Span(FILE, 113, 113, 21779, 21814, null),
                        new Span(FILE, 117, 117, 22436, 22471, null),
                        new Span(FILE, 121, 121, 22681, 22716, null)),
                input.annex().stream()
                        .flatMap(e -> e.frameworks().stream())
                        .filter(f -> f.title().equals("Nansen Initiative Protection Agenda"))
                        .map(AnnexFramework::span)
                        .toList());
        assertEquals(
                new Span(FILE, 111, 113, 20764, 21958, null),
                input.annex().get(0).span());
    }

    @Test
    void listsTheAnnexFrameworksForTheInstrumentRegistry() {
        List<ListedInstrument> listed = input.listedInstruments();
        assertEquals(33, listed.size());
        assertEquals(30, listed.stream().map(ListedInstrument::title).distinct().count());
        assertTrue(listed.contains(new ListedInstrument("Migrant Integration Policy Index", List.of("MIPEX"))));
    }

    @Test
    void readsTheCrosswalkAndLocatesEachThemeQuote() {
        assertEquals(
                List.of(
                        "1-7", "1-12", "1-13", "1-14", "1-15", "2-1", "2-2", "2-9", "2-10", "2-11", "3-3", "3-5",
                        "3-18", "4-1", "4-14", "4-16", "4-17", "4-19", "4-20", "4-21", "5-5", "5-22", "5-23"),
                input.mappings().stream()
                        .map(m -> m.theme() + "-" + m.objective())
                        .toList());
        ThemeMapping detention = input.mappings().get(2);
        assertEquals("Immigration detention should be an action of last resort", detention.themeQuote());
        assertEquals(
                "Use migration detention only as a measure of last resort and work towards alternatives",
                detention.objectiveQuote());
        assertEquals(new Span(FILE, 24, 24, 3907, 3963, null), detention.themeQuoteSpan());
        assertEquals("mappings/icmpd-themes-to-gcm-objectives.tsv", detention.crosswalk());
        assertEquals(20, detention.crosswalkLine());
        // The quote of theme 5 is its title.
        assertEquals(
                new Span(FILE, 73, 73, 12435, 12470, null),
                input.mappings().get(22).themeQuoteSpan());
        // Each span holds its quote, with the markup of the file ("[mobile counselling](#)") around its words.
        String content = source.content();
        for (ThemeMapping m : input.mappings()) {
            Span s = m.themeQuoteSpan();
            String raw = content.substring(
                    content.offsetByCodePoints(0, s.startOffset()), content.offsetByCodePoints(0, s.endOffset()));
            assertEquals(m.themeQuote(), InlineMarkup.plainString(raw));
        }
    }

    @Test
    void rejectsACrosswalkQuoteTheThemeDoesNotSay() {
        String tsv = ThemeCrosswalk.HEADER + "\n# a comment\n"
                + "2\t9\tInterior heading\tStrengthen the transnational response to smuggling of migrants\n";
        CorpusException e = assertThrows(
                CorpusException.class, () -> ThemeCrosswalk.parse("mappings/x.tsv", tsv, source, input.themes()));
        assertEquals(
                "mappings/x.tsv:3: expected the quote 'Interior heading' verbatim in the text of theme 2 of " + FILE,
                e.getMessage());
        // Words of another theme do not count.
        String elsewhere = ThemeCrosswalk.HEADER + "\n1\t23\tPromote cooperation and partnership\tpartnerships\n";
        assertThrows(CorpusException.class, () -> ThemeCrosswalk.parse("m.tsv", elsewhere, source, input.themes()));
        CorpusException objective = assertThrows(
                CorpusException.class,
                () -> ThemeCrosswalk.parse(
                        "m.tsv",
                        ThemeCrosswalk.HEADER + "\n5\t24\tPromote cooperation and partnership\tpartnerships\n",
                        source,
                        input.themes()));
        assertEquals("m.tsv:2: expected an objective number from 1 to 23, found '24'", objective.getMessage());
        CorpusException twice = assertThrows(
                CorpusException.class,
                () -> ThemeCrosswalk.parse(
                        "m.tsv",
                        ThemeCrosswalk.HEADER
                                + "\n5\t23\tPromote cooperation\tcooperation\n5\t23\tpartnership\tpartnerships\n",
                        source,
                        input.themes()));
        assertEquals("m.tsv:3: expected one row for theme 5 and objective 23, found another", twice.getMessage());
        CorpusException header = assertThrows(
                CorpusException.class,
                () -> ThemeCrosswalk.parse("m.tsv", "5\t23\tPromote\tcooperation\n", source, input.themes()));
        assertEquals(
                "m.tsv:1: expected the header 'theme<TAB>objective<TAB>theme quote<TAB>objective quote'",
                header.getMessage());
    }

    /** The file with {@code from} replaced by {@code to} on line {@code line}, which must hold it. */
    static String edited(int line, String from, String to) {
        String[] lines = source.content().split("\n", -1);
        assertTrue(lines[line - 1].contains(from), "line " + line + ": " + lines[line - 1]);
        lines[line - 1] = lines[line - 1].replace(from, to);
        return String.join("\n", lines);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '#',
            quoteCharacter = '"',
            value = {
                // Themes out of order.
                "41#3. Promote#4. Promote#" + FILE
                        + ":41: expected theme 3 '3. ...', found '4. Promote regular migration pathways'",
                // Line 26 continues commitment 1.2 only because line 24 stops mid-sentence.
                "24#last resort, with#last resort.#" + FILE
                        + ":26: expected a commitment '- ...' or a sub-item ' - ...' of theme 1 after its commitments",
                // An annex entry that is not its theme.
                "119#regular migration pathways:#regular pathways:#" + FILE
                        + ":119: expected the annex entry '3. Promote regular migration pathways:'",
                // A missing part.
                "109#3. Annex#Annex#" + FILE + ":85: expected the heading '3. Annex ...' after this line",
            })
    void rejectsAFileEditedOutOfItsShapeNamingTheLineAndWhatWasExpected(
            int line, String from, String to, String message) {
        String text = edited(line, from, to);
        CorpusException e = assertThrows(CorpusException.class, () -> extract(text));
        assertEquals(message, e.getMessage());
    }

    @Test
    void themesWithoutAnIntroductionHaveNoDescription() {
        String text = source.content()
                .replace(
                        "Throughout the GCM process, states and other stakeholders have reiterated",
                        "- Throughout the GCM process, states and other stakeholders have reiterated");
        Theme five = extract(text).themes().get(4);
        assertNull(five.description());
        assertEquals(8, five.commitments().size());
    }
}

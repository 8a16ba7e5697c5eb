package org.gcmkg.graph;

import static org.gcmkg.graph.QueryAnswers.column;
import static org.gcmkg.graph.QueryAnswers.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every competency question in queries/ against the graph of data/corpus, with its exact answer as read off the
 * booklet.
 */
class CompetencyQueriesTest {

    @Test
    void everyQueryFileHasATestOfItsAnswer() throws IOException {
        String tests;
        try (Stream<Path> sources = Files.walk(Path.of("src/test/java"))) {
            StringBuilder all = new StringBuilder();
            for (Path source :
                    sources.filter(f -> f.toString().endsWith("Test.java")).toList()) {
                all.append(Files.readString(source));
            }
            tests = all.toString();
        }
        List<String> untested = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("queries"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".rq")).toList()) {
                if (!tests.contains("\"" + file.getFileName() + "\"")) {
                    untested.add(file.toString());
                }
            }
        }
        assertEquals(List.of(), untested);
    }

    @Test
    void sdgTargetsOfObjective4() throws IOException {
        List<String> rows = rows("01-objective-sdg-targets.rq");
        assertEquals(
                List.of(
                        "http://metadata.un.org/sdg/1.3",
                        "http://metadata.un.org/sdg/10.7",
                        "http://metadata.un.org/sdg/16.9",
                        "http://metadata.un.org/sdg/17.18"),
                column(rows, 0));
        assertEquals(
                List.of(
                        "http://metadata.un.org/sdg/1",
                        "http://metadata.un.org/sdg/10",
                        "http://metadata.un.org/sdg/16",
                        "http://metadata.un.org/sdg/17"),
                column(rows, 2));
        assertEquals(
                "By 2030, provide legal identity for all, including birth registration",
                column(rows, 3).get(2));
    }

    @Test
    void objectivesServingTarget10dot7() throws IOException {
        assertEquals(
                List.of("1", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "14", "16", "17", "18", "21", "22"),
                column(rows("02-objectives-serving-target-10-7.rq"), 1));
    }

    @Test
    void examplesOfObjective4WithTheirCitations() throws IOException {
        List<String> rows = rows("03-objective-examples-with-citations.rq");
        assertEquals(List.of("1", "2", "3"), column(rows, 1));
        assertEquals(List.of("15", "16", "17"), column(rows, 3));
        assertEquals(
                "National Immigration Law Center (2015), Basic Facts about the Matrícula Consular",
                column(rows, 4).get(2));
    }

    @Test
    void instrumentsUnderpinningEachObjective() throws IOException {
        List<String> rows = rows("04-instruments-underpinning-objectives.rq");
        assertEquals(32, rows.size());
        // Named in action 9(a) by its title, which the booklet's list gives in the description of the Palermo
        // Convention, and in example 9.4 by its short name, "UN Smuggling Protocol".
        assertTrue(rows.contains(
                "9 | https://w3id.org/gcm/id/instrument/protocol-against-the-smuggling-of-migrants-by-land-sea-and-air"
                        + " | Protocol against the Smuggling of Migrants by Land, Sea and Air | 2"));
        // Named by the shape of its title (link/InstrumentPhrases): after its parties, in example 5.2.
        assertTrue(rows.contains("5 | https://w3id.org/gcm/id/instrument/colombia-peru-framework-agreement"
                + " | Colombia-Peru Framework Agreement | 1"));
        // Listed in the ICMPD annex and named in actions 2(g) and 11(g).
        assertTrue(rows.contains(
                "2 | https://w3id.org/gcm/id/instrument/guidelines-to-protect-migrants-in-countries-experiencing-"
                        + "conflict-or-natural-disaster | Guidelines to Protect Migrants in Countries Experiencing Conflict or Natural "
                        + "Disaster | 1"));
        assertTrue(rows.contains("11 | https://w3id.org/gcm/id/instrument/principles-and-guidelines-on-human-rights-at-"
                + "international-borders | Principles and Guidelines on Human Rights at International Borders | 1"));
        // Named by another name than its title: "Paris Agreement", "(ICRMW)", "UNTOC" (link/instrument-aliases.tsv).
        assertTrue(rows.contains("2 | https://w3id.org/gcm/id/instrument/paris-agreement-on-climate-change"
                + " | Paris Agreement on Climate Change | 1"));
        assertTrue(rows.contains(
                "5 | https://w3id.org/gcm/id/instrument/international-convention-on-the-protection-of-the-rights-"
                        + "of-all-migrant-workers-and-members-of-their-families | International Convention on the Protection of the "
                        + "Rights of All Migrant Workers and Members of Their Families | 1"));
        assertTrue(rows.contains(
                "9 | https://w3id.org/gcm/id/instrument/united-nations-convention-against-transnational-organized-crime"
                        + " | United Nations Convention against Transnational Organized Crime | 1"));
        // Action 2(a) gives its full title, example 2 of objective 2 its short name, "Sendai Framework".
        assertTrue(rows.contains(
                "2 | https://w3id.org/gcm/id/instrument/sendai-framework-for-disaster-risk-reduction-2015-2030"
                        + " | Sendai Framework for Disaster Risk Reduction (2015-2030) | 2"));
        assertTrue(rows.contains(
                "10 | https://w3id.org/gcm/id/instrument/united-nations-convention-against-transnational-organized-crime"
                        + " | United Nations Convention against Transnational Organized Crime | 1"));
        assertEquals(
                "1 | https://w3id.org/gcm/id/instrument/2030-agenda-for-sustainable-development"
                        + " | 2030 Agenda for Sustainable Development | 2",
                rows.get(0));
    }

    @Test
    void whereTheMatriculaConsularExampleComesFrom() throws IOException {
        assertEquals(
                List.of(
                        "https://w3id.org/gcm/id/source/gcm-implementation-booklet | gcm-implementation-booklet.txt | 289 | 289 | 44931 | 45721",
                        "https://w3id.org/gcm/id/source/gcm-implementation-booklet | gcm-implementation-booklet.txt | 295 | 295 | 45996 | 46161"),
                rows("05-where-a-statement-comes-from.rq"));
    }

    @Test
    void actionsOfObjective23() throws IOException {
        List<String> rows = rows("06-objective-actions.rq");
        assertEquals(List.of("a", "b", "c", "d", "e"), column(rows, 1));
        assertEquals(
                "Conclude bilateral, regional or multilateral mutually beneficial, tailored and transparent partnerships",
                column(rows, 2).get(4));
    }

    @Test
    void objectivesPerSdgGoal() throws IOException {
        List<String> rows = rows("07-objectives-per-sdg-goal.rq");
        assertEquals(17, rows.size());
        assertEquals(
                List.of("10", "17", "16", "1", "8", "5", "4", "3", "9", "11", "6", "7", "2", "12", "13", "14", "15"),
                column(rows, 1));
        assertEquals(
                List.of("20", "17", "16", "11", "9", "8", "6", "5", "4", "4", "3", "3", "2", "2", "2", "2", "2"),
                column(rows, 2));
    }

    @Test
    void objectivesServingAllSdgs() throws IOException {
        List<String> rows = rows("08-objectives-serving-all-sdgs.rq");
        assertEquals(List.of("2", "19"), column(rows, 1));
        assertTrue(column(rows, 2).get(1).startsWith("Migration can be a powerful driver of sustainable development"));
    }

    @Test
    void frameworksByYear() throws IOException {
        List<String> rows = rows("09-frameworks-by-year.rq");
        assertEquals(27, rows.size());
        assertTrue(rows.contains("1948 | Universal Declaration of Human Rights | UDHR | Human rights law instruments"));
        // Its other names: the list's "also known as", and those the corpus's texts use (link/instrument-aliases.tsv);
        // GROUP_CONCAT gives them in no set order.
        String untoc = rows.stream()
                .filter(r ->
                        r.startsWith("2003 | United Nations Convention against Transnational " + "Organized Crime | "))
                .findFirst()
                .orElseThrow();
        assertEquals(
                Set.of(
                        "Palermo Convention",
                        "UNTOC",
                        "Convention against Transnational Organized Crime",
                        "Convention against Transnational Organized Crime and the Protocols Thereto"),
                Set.of(untoc.split(" \\| ")[2].split(", ")));
        assertTrue(untoc.endsWith(" | Other international conventions and frameworks"));
        assertTrue(rows.contains("1949 | Migration for Employment Convention | ILO Convention No. 97"
                + " | ILO conventions on promoting decent work and labour migration"));
        assertEquals(
                2, column(rows, 0).stream().filter(String::isEmpty).count(), "the two global compacts have no year");
    }

    @Test
    void evidenceThatTheConventionOnTheRightsOfTheChildUnderpinsObjectives() throws IOException {
        assertEquals(
                List.of(
                        "4 | https://w3id.org/gcm/id/objective/4/example/2 | Convention on the Rights of the Child | 44144",
                        "12 | https://w3id.org/gcm/id/objective/12/example/2 | Convention on the Rights of the Child | 111353",
                        "12 | https://w3id.org/gcm/id/objective/12/example/2 | CRC | 111392"),
                rows("10-evidence-for-an-instrument.rq"));
    }

    @Test
    void objectivesAtAGlance() throws IOException {
        List<String> rows = rows("11-objective-overview.rq");
        assertEquals(23, rows.size());
        assertEquals(
                List.of(
                        "11", "12", "5", "7", "10", "12", "12", "6", "6", "10", "7", "5", "8", "6", "6", "9", "7", "12",
                        "10", "9", "9", "3", "5"),
                column(rows, 2));
        assertEquals(
                List.of(
                        "4", "3", "4", "3", "5", "3", "5", "3", "4", "3", "3", "6", "4", "3", "6", "5", "6", "3", "4",
                        "5", "5", "3", "4"),
                column(rows, 3));
        assertEquals(
                List.of(
                        "2", "0", "5", "4", "9", "8", "13", "6", "7", "6", "6", "7", "5", "8", "18", "6", "8", "8", "0",
                        "6", "6", "5", "7"),
                column(rows, 4));
    }

    @Test
    void covid19ExamplesPerObjective() throws IOException {
        assertEquals(
                List.of("5 | 1", "13 | 1", "15 | 2", "17 | 2", "20 | 1", "21 | 1", "22 | 1"),
                rows("12-covid-19-examples.rq"));
    }

    @Test
    void webSourcesCitedByObjective22() throws IOException {
        List<String> rows = rows("13-sources-cited-by-an-objective.rq");
        assertEquals(List.of("108", "109", "110", "110", "111", "111", "112"), column(rows, 0));
        assertEquals(
                "https://www.gov.ca.gov/wp-content/uploads/2020/04/4.15.20-EO-N-50-20-text.pdf",
                column(rows, 1).get(4));
    }

    @Test
    void usefulWebsites() throws IOException {
        List<String> rows = rows("14-useful-websites.rq");
        assertEquals(18, rows.size());
        assertTrue(rows.contains("HRBA Portal | https://hrbaportal.undg.org/"));
    }
}

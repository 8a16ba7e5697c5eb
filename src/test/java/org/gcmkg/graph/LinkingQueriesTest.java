package org.gcmkg.graph;

import static org.gcmkg.graph.QueryAnswers.column;
import static org.gcmkg.graph.QueryAnswers.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The competency questions on linked entities (countries, actors, instruments), with their exact answers. */
class LinkingQueriesTest {

    @Test
    void examplesByCountryWithTheirUnCodes() {
        List<String> rows = rows("22-examples-by-country.rq");
        assertEquals(70, rows.size(), "70 countries are named by the 94 examples");
        assertEquals(
                List.of(
                        "https://w3id.org/gcm/id/country/USA | United States | 840 | http://metadata.un.org/sdg/codes/geoArea/840 | 11",
                        "https://w3id.org/gcm/id/country/MEX | Mexico | 484 | http://metadata.un.org/sdg/codes/geoArea/484 | 6",
                        "https://w3id.org/gcm/id/country/THA | Thailand | 764 | http://metadata.un.org/sdg/codes/geoArea/764 | 6"),
                rows.subList(0, 3));
        // M49 codes keep their leading zeros.
        assertEquals("040", column(rows, 2).get(column(rows, 1).indexOf("Austria")));
    }

    @Test
    void organisationsActiveOnObjective4() {
        assertEquals(
                List.of(
                        "https://w3id.org/gcm/id/actor/embassy-of-mexico | Embassy of Mexico | 1 | Mexican Embassy",
                        "https://w3id.org/gcm/id/actor/government-of-mexico | Government of Mexico | 1 | Mexican government",
                        "https://w3id.org/gcm/id/actor/international-civil-aviation-organization | International Civil Aviation "
                                + "Organization | 1 | International Civil Aviation Organization",
                        "https://w3id.org/gcm/id/actor/new-york-city | New York City | 1 | New York City"),
                rows("23-organisations-active-on-an-objective.rq"));
    }

    @Test
    void instrumentsUnderpinningObjective10WithTheirEvidence() {
        List<String> rows = rows("24-instruments-with-evidence.rq");
        assertEquals(
                List.of(
                        "Protocol to Prevent, Suppress and Punish Trafficking in Persons Especially Women and Children",
                        "United Nations Convention against Transnational Organized Crime",
                        "UNTOC",
                        "Global Plan of Action to Combat Trafficking in Persons"),
                column(rows, 3));
        // Offsets into the booklet, checked against the file: text[92629:92634] is "UNTOC".
        assertEquals(List.of("92449", "92564", "92629", "92678"), column(rows, 4));
        assertEquals(List.of("92542", "92627", "92634", "92732"), column(rows, 5));
        assertEquals(
                "https://w3id.org/gcm/id/objective/10/action/b", column(rows, 2).get(3));
    }
}

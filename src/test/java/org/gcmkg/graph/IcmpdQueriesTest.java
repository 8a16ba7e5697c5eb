package org.gcmkg.graph;

import static org.gcmkg.graph.QueryAnswers.column;
import static org.gcmkg.graph.QueryAnswers.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The competency questions on ICMPD's themes, commitments, frameworks and mappings, with their exact answers. */
class IcmpdQueriesTest {
    static final String INSTRUMENT = GCM.ID + "instrument/";

    @Test
    void commitmentsPerTheme() throws IOException {
        String theme = GCM.ID + "theme/icmpd-input-unsg-report/";
        assertEquals(
                List.of(
                        "1 | " + theme + "1 | Fulfill human rights obligations with respect to migrants | 3",
                        "2 | " + theme
                                + "2 | Reduce irregular migration and migrant smuggling, and end trafficking in persons | 6",
                        "3 | " + theme + "3 | Promote regular migration pathways | 6",
                        "4 | " + theme
                                + "4 | Promote migrants' contributions in countries of origin, transit and destination | 8",
                        "5 | " + theme + "5 | Promote cooperation and partnership | 7"),
                rows("17-icmpd-commitments-per-theme.rq"));
    }

    @Test
    void frameworksPerThemeFlaggingTheBooklets() throws IOException {
        List<String> rows = rows("18-icmpd-frameworks-per-theme.rq");
        assertEquals(33, rows.size());
        List<String> themes = column(rows, 0);
        assertEquals(
                List.of(15L, 8L, 3L, 7L, 0L),
                List.of("1", "2", "3", "4", "5").stream()
                        .map(n -> themes.stream().filter(n::equals).count())
                        .toList());
        // Listed in the booklet too: 5 of theme 1's, 3 of theme 2's, 1 of theme 3's, 3 of theme 4's.
        assertEquals(
                List.of(5L, 3L, 1L, 3L),
                List.of("1", "2", "3", "4").stream()
                        .map(n -> rows.stream()
                                .filter(r -> r.startsWith(n + " | ") && r.endsWith(" | true"))
                                .count())
                        .toList());
        assertEquals(
                List.of(
                        "4 | " + INSTRUMENT
                                + "2030-agenda-for-sustainable-development | 2030 Agenda for Sustainable Development | true",
                        "4 | " + INSTRUMENT + "addis-ababa-action-agenda | Addis Ababa Action Agenda | true",
                        "4 | " + INSTRUMENT
                                + "addis-ababa-declaration-on-population-and-development-in-africa-beyond-2014"
                                + " | Addis Ababa Declaration on Population and Development in Africa beyond 2014 | false",
                        "4 | " + INSTRUMENT
                                + "migrant-integration-policy-index | Migrant Integration Policy Index | false",
                        "4 | " + INSTRUMENT
                                + "nairobi-action-plan-on-remittances | Nairobi Action Plan on Remittances | false",
                        "4 | " + INSTRUMENT + "new-urban-agenda | New Urban Agenda | true",
                        "4 | " + INSTRUMENT
                                + "vienna-convention-on-consular-relations | Vienna Convention on Consular Relations | false"),
                rows.subList(26, 33));
        assertTrue(rows.contains("1 | " + INSTRUMENT + "convention-on-decent-work-for-domestic-workers"
                + " | Convention on Decent Work for Domestic Workers | true"));
        assertTrue(rows.contains("2 | " + INSTRUMENT + "united-nations-convention-against-transnational-organized-crime"
                + " | United Nations Convention against Transnational Organized Crime | true"));
        assertTrue(rows.contains("3 | " + INSTRUMENT + "nansen-initiative-protection-agenda"
                + " | Nansen Initiative Protection Agenda | false"));
    }

    @Test
    void themesToObjectivesWithTheEvidence() throws IOException {
        List<String> rows = rows("19-themes-to-objectives.rq");
        assertEquals(
                List.of(
                        "1-7", "1-12", "1-13", "1-14", "1-15", "2-1", "2-2", "2-9", "2-10", "2-11", "3-3", "3-5",
                        "3-18", "4-1", "4-14", "4-16", "4-17", "4-19", "4-20", "4-21", "5-5", "5-22", "5-23"),
                rows.stream()
                        .map(r -> column(List.of(r), 0).get(0) + "-"
                                + column(List.of(r), 1).get(0))
                        .toList());
        assertEquals(
                "2 | 11 | Manage borders in an integrated, secure and coordinated manner"
                        + " | Support Integrated Border Management measures"
                        + " | Establish appropriate structures and mechanisms for effective integrated border management | 39",
                rows.get(9));
        assertEquals(
                "5 | 23 | Strengthen international cooperation and global partnerships for safe, orderly and regular migration"
                        + " | Promote cooperation and partnership | Strengthen international cooperation and global partnerships | 73",
                rows.get(22));
        assertEquals(
                List.of(
                        "22", "22", "24", "23", "28", "37", "35", "32", "32", "39", "45", "45", "48", "57", "66", "55",
                        "61", "65", "63", "69", "80", "80", "73"),
                column(rows, 5));
    }
}

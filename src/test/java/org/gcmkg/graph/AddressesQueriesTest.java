package org.gcmkg.graph;

import static org.gcmkg.graph.QueryAnswers.column;
import static org.gcmkg.graph.QueryAnswers.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The competency questions on what the 2017 dialogue and ICMPD's input speak to (gcm:addresses), with their exact
 * answers on data/corpus as the lexicon links them (their accuracy: AddressesAccuracyTest).
 */
class AddressesQueriesTest {

    @Test
    void whatTheDialogueRecommendedOnObjective7() {
        List<String> rows = rows("25-dialogue-recommendations-on-an-objective.rq");
        assertEquals(List.of("3", "6", "7", "15", "16", "19", "21", "22", "23", "37"), column(rows, 1));
        assertEquals(List.of("22", "26", "28", "41", "46", "49", "53", "54", "54", "85"), column(rows, 2));
        assertEquals(
                "migrants in vulnerable situations; gender; most vulnerable",
                column(rows, 3).get(1));
        assertEquals("best interest", column(rows, 3).get(9));
        assertEquals(
                "https://w3id.org/gcm/id/recommendation/iom-idm-red-book-27/21",
                column(rows, 0).get(6));
        assertTrue(column(rows, 4)
                .get(2)
                .startsWith("Many suggested that it was crucial to focus on ensuring protection"));
    }

    @Test
    void objectivesRankedByHowOftenTheDialogueSpokeToThem() {
        List<String> rows = rows("26-objectives-raised-at-the-dialogue.rq");
        assertEquals(
                List.of(
                        "7", "2", "6", "16", "5", "23", "10", "17", "21", "13", "15", "19", "3", "9", "1", "20", "11",
                        "4", "14", "22", "8", "12", "18"),
                column(rows, 0));
        List<String> counts = IntStream.range(0, rows.size())
                .mapToObj(i -> column(rows, 2).get(i) + "/" + column(rows, 3).get(i) + "/"
                        + column(rows, 4).get(i))
                .toList();
        assertEquals(
                List.of(
                        "29/10/39",
                        "7/4/11",
                        "8/3/11",
                        "9/2/11",
                        "8/1/9",
                        "9/0/9",
                        "6/2/8",
                        "5/1/6",
                        "5/1/6",
                        "3/2/5",
                        "5/0/5",
                        "5/0/5",
                        "3/1/4",
                        "3/1/4",
                        "2/1/3",
                        "2/1/3",
                        "0/2/2",
                        "0/1/1",
                        "1/0/1",
                        "1/0/1",
                        "0/0/0",
                        "0/0/0",
                        "0/0/0"),
                counts);
        // Never raised: save lives (8), screening and referral (12), skills (18).
        assertEquals(
                "Save lives and establish coordinated international efforts on missing migrants",
                column(rows, 1).get(20));
    }

    @Test
    void objectivesEachStatesSpeakersSpokeTo() {
        List<String> rows = rows("27-objectives-each-state-spoke-to.rq");
        assertEquals(73, rows.size());
        assertEquals(
                List.of("Egypt | 2 | 1", "Egypt | 7 | 1", "Egypt | 9 | 1", "Egypt | 10 | 1", "Egypt | 21 | 2"),
                rows.stream().filter(r -> r.startsWith("Egypt |")).toList());
        assertEquals(
                List.of(
                        "United Kingdom | 5 | 1",
                        "United Kingdom | 7 | 3",
                        "United Kingdom | 10 | 1",
                        "United Kingdom | 16 | 1"),
                rows.stream().filter(r -> r.startsWith("United Kingdom |")).toList());
        // States heard whose statements the method links to no objective.
        assertEquals(
                List.of("Azerbaijan", "Colombia", "Georgia", "Ghana", "Switzerland", "Tanzania"),
                rows.stream()
                        .filter(r -> r.endsWith(" |  | 0"))
                        .map(r -> r.split(" \\| ")[0])
                        .toList());
        assertEquals(34, column(rows, 0).stream().distinct().count());
    }
}

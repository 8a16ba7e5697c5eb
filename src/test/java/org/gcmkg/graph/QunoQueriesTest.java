package org.gcmkg.graph;

import static org.gcmkg.graph.QueryAnswers.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The competency questions on the QUNO sheet's guidance, with their exact answers as read off the sheet. */
class QunoQueriesTest {

    @Test
    void guidanceForObjective23WithItsDocumentsAndParagraphs() throws IOException {
        assertEquals(
                List.of(
                        "https://w3id.org/gcm/id/guidance/quno-foundations-objective-23/1 | https://w3id.org/gcm/ontology#SpecialProcedures"
                                + " | Special Rapporteur on the human rights of migrants | 2004 | A/59/377 | 63"
                                + " | https://undocs.org/en/A/59/377 | The Special Rapporteur proposes a form of migration management"
                                + " that is stronger from a human rights perspective and based on the shared responsibility of States"
                                + " to fulfil their obligations towards migrants",
                        "https://w3id.org/gcm/id/guidance/quno-foundations-objective-23/2 | https://w3id.org/gcm/ontology#SpecialProcedures"
                                + " | Independent Expert on human rights and international solidarity | 2018 | A/73/206 | 50(b)"
                                + " | https://undocs.org/en/A/73/206 | The expansion and celebration of pro-migrant solidarity: The"
                                + " positive expressions of human rights-based international solidarity by elements within civil"
                                + " society, cities and other local governments, States and regional organizations, and at the global"
                                + " level, should be reinforced, expanded, supported by others and celebrated more widely as imperative"
                                + " pro-human rights and pro-humanitarian acts that save the lives of thousands of global migrants;"
                                + " ensure that they are treated with the dignity to which they are entitled; and advance global"
                                + " integration, development and justice;"),
                rows("15-guidance-for-an-objective.rq"));
    }

    @Test
    void guidanceCoverageOfObjective23ShowsNoneAsZero() throws IOException {
        assertEquals(
                List.of(
                        "https://w3id.org/gcm/ontology#SpecialProcedures | 2 | Foundations for Implementation: Objective 23 | ",
                        "https://w3id.org/gcm/ontology#TreatyBodies | 0 | Foundations for Implementation: Objective 23"
                                + " | There is currently no explicit guidance from the Treaty Bodies on this objective"),
                rows("16-guidance-coverage.rq"));
    }
}

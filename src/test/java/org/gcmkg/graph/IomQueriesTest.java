package org.gcmkg.graph;

import static org.gcmkg.graph.QueryAnswers.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The competency questions on the IDM report No. 27, with their exact answers as read off the report. */
class IomQueriesTest {

    @Test
    void theStatesHeardAtTheDialogueWithHowManySpeakersEach() throws IOException {
        assertEquals(
                List.of(
                        "Bangladesh | 2",
                        "Ecuador | 2",
                        "Italy | 2",
                        "Mexico | 2",
                        "Sierra Leone | 2",
                        "United Kingdom | 2",
                        "Albania | 1",
                        "Argentina | 1",
                        "Azerbaijan | 1",
                        "Belgium | 1",
                        "Burundi | 1",
                        "Canada | 1",
                        "Colombia | 1",
                        "Costa Rica | 1",
                        "Egypt | 1",
                        "Ethiopia | 1",
                        "Georgia | 1",
                        "Ghana | 1",
                        "Kazakhstan | 1",
                        "Kenya | 1",
                        "Mauritania | 1",
                        "Netherlands | 1",
                        "Nigeria | 1",
                        "Norway | 1",
                        "Peru | 1",
                        "South Africa | 1",
                        "Spain | 1",
                        "Sweden | 1",
                        "Switzerland | 1",
                        "Thailand | 1",
                        "Turkey | 1",
                        "United Arab Emirates | 1",
                        "United Kingdom of Great Britain and Northern Ireland | 1",
                        "United Republic of Tanzania | 1",
                        "United States | 1"),
                rows("20-states-at-the-dialogue.rq"));
    }

    @Test
    void whatTheSpeakersForItalySaid() throws IOException {
        assertEquals(
                List.of(
                        "Luigi Maria Vignali | 30 | For example, Luigi Maria Vignali (Principal Director for Migration Policies, "
                                + "Ministry of Foreign Affairs, Italy) agreed with the IOM Director General that migration "
                                + "management efforts should be reframed as investments rather than costs.",
                        "Luigi Maria Vignali | 51 | Luigi Maria Vignali (Italy) referenced new legislation enacted by the Italian "
                                + "Parliament concerning unaccompanied minors and providing targeted assistance in the realms of "
                                + "legal protection, health care and education.",
                        "Luigi Maria Vignali | 54 | Luigi Maria Vignali (Italy) noted: So we have to transform this unmanaged "
                                + "and dangerous movement in an orderly way.",
                        "Matteo Biffoni | 65 | The more integration was supported by everyone, the less xenophobia prevailed, "
                                + "according to Matteo Biffoni (Mayor, Prato, Italy).",
                        "Luigi Maria Vignali | 77 | Luigi Maria Vignali (Italy) said that his country had incorporated an "
                                + "understanding of the drivers of migration into its policy."),
                rows("21-what-a-country-said.rq"));
    }
}

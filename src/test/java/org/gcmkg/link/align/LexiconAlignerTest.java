package org.gcmkg.link.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gcmkg.corpus.CorpusException;
import org.gcmkg.corpus.TabSeparated;
import org.junit.jupiter.api.Test;

class LexiconAlignerTest {
    private final LexiconAligner aligner = new LexiconAligner(ObjectiveLexicon.standard());

    private List<Integer> objectives(String text) {
        return aligner.align(text).stream()
                .map(Alignment::objective)
                .distinct()
                .sorted()
                .toList();
    }

    @Test
    void themesOfTheIssueExamples() {
        assertEquals(List.of(9), objectives("She described how smugglers exploited the closure of routes."));
        assertEquals(List.of(20), objectives("He called for lower costs of sending remittances home."));
        assertEquals(List.of(14), objectives("Its consular network assisted nationals stranded abroad."));
    }

    @Test
    void evidenceIsTheWordsWithTheirPlaceAndTheObjectivesWords() {
        String text = "Mexico reported that smuggling of migrants had declined.";
        Alignment a = aligner.align(text).get(0);
        assertEquals("smuggling", a.words());
        assertEquals("smuggling", text.substring(a.start(), a.end()));
        assertEquals("title", a.part());
        assertEquals("smuggling of migrants", a.objectiveWords());
        assertEquals(1.0, a.score());
        assertEquals("lexicon", a.method());
    }

    @Test
    void aSpeakersParenthesisAndOtherAsidesCarryNoLink() {
        assertEquals(
                List.of(),
                objectives(
                        "Jane Doe (Director, Office on Trafficking and Consular Affairs, Ruritania) opened the session."));
        assertEquals(List.of(21), objectives("Support reintegration (e.g. financial support, health care)."));
    }

    @Test
    void aGluedFootnoteOrACitedSourceCarriesNoLink() {
        assertEquals(
                List.of(20),
                objectives("3 See IOM, Khartoum Process, n.d. Available at Ana Ruiz (Chile) spoke on remittances."));
        assertEquals(
                List.of(20),
                objectives("4 For more information on the Bali Process, see Ana Ruiz (Chile) spoke on remittances."));
        assertEquals(
                List.of(20),
                objectives("Ana Ruiz (Chile), referencing the Bali Process, called for lower remittance costs."));
        // Without the citing verb, the process is what the speaker speaks of.
        assertEquals(
                List.of(20, 23), objectives("Ana Ruiz (Chile) praised the Bali Process and lower remittance costs."));
    }

    @Test
    void examplesListedAfterAVulnerabilityOrADriverCountOnlyForIt() {
        assertEquals(
                List.of(7),
                objectives(
                        "Vulnerable migrants, such as victims of trafficking or detained children, need specific care."));
        assertEquals(
                List.of(2),
                objectives(
                        "They discussed the drivers of irregular migration, including poverty, lack of education and "
                                + "lack of regular channels."));
        // After the clause, the same words count again.
        assertEquals(
                List.of(2, 15),
                objectives("They discussed the drivers of irregular migration, including poverty; schools must take in "
                        + "children who arrive."));
    }

    @Test
    void generalGovernanceAndSharedWordsGiveNoObjective() {
        assertEquals(
                List.of(),
                objectives("Migration should be safe, orderly and regular, and well governed through "
                        + "a whole-of-government approach and more cooperation on the rights of migrants."));
    }

    @Test
    void anExclusionPhraseSuppressesTheTermInsideIt() {
        assertEquals(List.of(5), objectives("Support regional integration processes and free movement."));
        assertEquals(List.of(16), objectives("Cities fostered the integration of newcomers."));
    }

    @Test
    void termsMatchWholeWordsWithTheirEndingsAcrossHyphensOrSpaces() {
        assertEquals(List.of(15), objectives("Access to health-care services was limited."));
        assertEquals(List.of(15), objectives("Access to health care services was limited."));
        assertEquals(List.of(), objectives("Ratios were recorded in the ledger."));
        assertEquals(List.of(10), objectives("Traffickers were prosecuted."));
    }

    @Test
    void aBadLexiconLineIsRefusedWithItsNumber() {
        CorpusException e = assertThrows(
                CorpusException.class,
                () -> ObjectiveLexicon.read(
                        TabSeparated.of("lex.tsv", List.of("# comment", "24\ttitle\twords\tterm"))));
        assertTrue(e.getMessage().contains("lex.tsv:2"), e.getMessage());
        e = assertThrows(
                CorpusException.class,
                () -> ObjectiveLexicon.read(
                        TabSeparated.of("lex.tsv", List.of("9\ttitle\tsmuggling of migrants\tSmuggling"))));
        assertTrue(e.getMessage().contains("lower-case"), e.getMessage());
    }

    @Test
    void theObjectivesWordsMustBeInTheObjective() {
        ObjectiveLexicon lexicon =
                ObjectiveLexicon.read(TabSeparated.of("lex.tsv", List.of("9\ttitle\tsmuggling of people\tsmuggl*")));
        List<ObjectiveText> objectives = List.of(
                new ObjectiveText(9, "Strengthen the transnational response to smuggling of migrants", List.of()));
        CorpusException e = assertThrows(CorpusException.class, () -> lexicon.checkAgainst(objectives));
        assertTrue(e.getMessage().contains("smuggling of people"), e.getMessage());
    }
}

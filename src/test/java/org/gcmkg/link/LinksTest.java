package org.gcmkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gcmkg.corpus.MappedText;
import org.gcmkg.corpus.SourceText;
import org.junit.jupiter.api.Test;

/** Linking in two phases: what the documents' texts name is gathered first, then the registries only answer. */
class LinksTest {
    static final TestSentences DOCUMENT = TestSentences.of(List.of(
            "The Government of Kenya and its Ministry of Labour met UNHCR.",
            "The Assembly of the African Union agreed."));
    static final Links LINKS = Links.from(List.of(DOCUMENT));

    @Test
    void registersWhatTheGatheredTextsNameAndAnswersFromIt() {
        List<String> found = LINKS.find(DOCUMENT.linkedTexts().get(0)).stream()
                .map(m -> m.kind() + " " + m.id())
                .toList();
        assertEquals(
                List.of("COUNTRY KEN", "ACTOR government-of-kenya", "ACTOR ministry-of-labour-of-kenya", "ACTOR unhcr"),
                found);
        assertEquals(
                "KEN",
                LINKS.actors()
                        .actor("ministry-of-labour-of-kenya")
                        .orElseThrow()
                        .country());
        assertEquals(
                "African Union",
                LINKS.actors()
                        .actor("assembly-of-the-african-union")
                        .orElseThrow()
                        .parent()
                        .name());
        // The same text object is answered from what was gathered, not read again.
        assertTrue(LINKS.find(DOCUMENT.linkedTexts().get(0))
                == LINKS.find(DOCUMENT.linkedTexts().get(0)));
    }

    @Test
    void aRegistryChangeAfterTheGatheringFails() {
        IllegalStateException actor = assertThrows(
                IllegalStateException.class,
                () -> LINKS.actors()
                        .add(Actor.of("Ministry of Health of Chile", ActorType.NATIONAL, List.of(), "CHL")));
        assertTrue(
                actor.getMessage()
                        .contains("'Ministry of Health of Chile' (ministry-of-health-of-chile) was met after"),
                actor.getMessage());
        assertThrows(IllegalStateException.class, () -> LINKS.instruments().register("Convention X", List.of()));
        // A known actor is still answered.
        assertEquals(
                "unhcr",
                LINKS.actors()
                        .add(LINKS.actors().resolve("UNHCR").orElseThrow())
                        .id());
    }

    @Test
    void aTextNotGatheredThatNamesANewActorFails() {
        MappedText late = MappedText.of(new SourceText("late.txt", "The Government of Chile spoke.").line(1));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> LINKS.find(late));
        assertTrue(e.getMessage().contains("'Government of Chile'"), e.getMessage());
        MappedText known = MappedText.of(new SourceText("late.txt", "UNHCR spoke in Kenya.").line(1));
        assertEquals(
                List.of("KEN", "unhcr"),
                LINKS.find(known).stream().map(EntityMention::id).toList());
    }
}

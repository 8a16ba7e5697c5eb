package org.gcmkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The list of actors, {@code link/actors.tsv}. */
class ActorRegistryTest {

    static List<String> lines() throws IOException {
        try (InputStream in = ActorRegistry.class.getResourceAsStream(ActorRegistry.ACTORS)) {
            return new ArrayList<>(new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList());
        }
    }

    @Test
    void holdsOneActorPerLineWithItsOtherNames() throws IOException {
        ActorRegistry registry = ActorRegistry.standard();
        // 158 lines that are neither blank nor comments (grep -vc '^#\|^$').
        assertEquals(158, registry.actors().size());
        Actor unicef = registry.resolve("United Nations Children's Fund").orElseThrow();
        assertEquals(
                new Actor(
                        "unicef",
                        "UNICEF",
                        ActorType.INTERGOVERNMENTAL,
                        List.of("United Nations Children's Fund", "UN Children's Fund"),
                        null,
                        null),
                unicef);
        assertEquals(unicef, registry.resolve("the UNICEF").orElseThrow());
        assertEquals("MAR", registry.resolve("Tangiers").orElseThrow().country());
    }

    @Test
    void registersAnActorOnceWhateverItIsAddedAs() {
        ActorRegistry registry = ActorRegistry.standard();
        Actor first = registry.resolveOrAdd("Working Group on Arbitrary Detention", ActorType.MANDATE);
        assertEquals(first, registry.resolveOrAdd("working group on arbitrary detention", ActorType.NETWORK));
        assertEquals(
                first,
                registry.add(Actor.of("Working Group on Arbitrary Detention", ActorType.NETWORK, List.of(), null)));
        assertEquals(159, registry.actors().size());
    }

    @Test
    void refusesAnUnknownTypeNamingTheLine() throws IOException {
        List<String> lines = lines();
        // Line 26 is UNICEF's.
        lines.set(25, lines.get(25).replace("\tintergovernmental\t", "\tagency\t"));
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> ActorRegistry.read(ActorRegistry.ACTORS, lines));
        assertTrue(
                e.getMessage()
                        .startsWith("/link/actors.tsv:26: expected a type of [intergovernmental, non-governmental,"),
                e.getMessage());
    }

    @Test
    void knowsTheOrganisationAnOrganIsPartOf() {
        ActorRegistry registry = ActorRegistry.standard();
        assertEquals(
                "ECOWAS",
                registry.resolve("ECOWAS Commission").orElseThrow().parent().name());
        Actor atlanta = registry.resolve("Atlanta's Office of Immigrant Affairs")
                .orElseThrow()
                .parent();
        assertEquals(
                new Actor("atlanta", "Atlanta", ActorType.LOCAL, List.of("City of Atlanta"), "USA", null), atlanta);
        assertNull(registry.resolve("ECOWAS").orElseThrow().parent());
    }

    @Test
    void refusesAnOrganOfNoListedActor() throws IOException {
        List<String> lines = lines();
        int commission = lines.indexOf("ECOWAS Commission\tintergovernmental\t\t\tECOWAS");
        lines.set(commission, "ECOWAS Commission\tintergovernmental\t\t\tECOWAS Community");
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> ActorRegistry.read(ActorRegistry.ACTORS, lines));
        assertEquals(
                "/link/actors.tsv:" + (commission + 1) + ": expected the canonical name of another listed actor it is "
                        + "part of, found 'ECOWAS Community'",
                e.getMessage());
    }

    @Test
    void refusesANameOfTwoActors() throws IOException {
        List<String> lines = lines();
        // Line 27 is IOM's: give it UNICEF's full name as well.
        lines.set(
                26,
                lines.get(26)
                        .replace(
                                "\tInternational Organization for Migration",
                                "\tUnited Nations Children's Fund | " + "International Organization for Migration"));
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> ActorRegistry.read(ActorRegistry.ACTORS, lines));
        assertEquals(
                "/link/actors.tsv:27: expected names that name one actor, found 'United Nations Children's Fund' also "
                        + "for 'UNICEF'",
                e.getMessage());
    }
}

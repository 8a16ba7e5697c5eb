package org.gcmkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
            return new ArrayList<>(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        }
    }

    @Test
    void holdsOneActorPerLineWithItsOtherNames() throws IOException {
        ActorRegistry registry = ActorRegistry.standard();
        // 156 lines that are neither blank nor comments (grep -vc '^#\|^$').
        assertEquals(156, registry.actors().size());
        Actor unicef = registry.resolve("United Nations Children's Fund").orElseThrow();
        assertEquals(new Actor("unicef", "UNICEF", ActorType.INTERGOVERNMENTAL,
                List.of("United Nations Children's Fund", "UN Children's Fund"), null), unicef);
        assertEquals(unicef, registry.resolve("the UNICEF").orElseThrow());
        assertEquals("MAR", registry.resolve("Tangiers").orElseThrow().country());
    }

    @Test
    void registersAnActorOnceWhateverItIsAddedAs() {
        ActorRegistry registry = ActorRegistry.standard();
        Actor first = registry.resolveOrAdd("Working Group on Arbitrary Detention", ActorType.MANDATE);
        assertEquals(first, registry.resolveOrAdd("working group on arbitrary detention", ActorType.NETWORK));
        assertEquals(first, registry.add(Actor.of("Working Group on Arbitrary Detention", ActorType.NETWORK, List.of(), null)));
        assertEquals(157, registry.actors().size());
    }

    @Test
    void refusesAnUnknownTypeNamingTheLine() throws IOException {
        List<String> lines = lines();
        // Line 22 is UNICEF's.
        lines.set(21, lines.get(21).replace("\tintergovernmental\t", "\tagency\t"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ActorRegistry.read(ActorRegistry.ACTORS, lines));
        assertTrue(e.getMessage().startsWith("/link/actors.tsv:22: expected a type of [intergovernmental, non-governmental,"),
                e.getMessage());
    }

    @Test
    void refusesANameOfTwoActors() throws IOException {
        List<String> lines = lines();
        // Line 23 is IOM's: give it UNICEF's full name as well.
        lines.set(22, lines.get(22).replace("\tInternational Organization for Migration", "\tUnited Nations Children's Fund | "
                + "International Organization for Migration"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ActorRegistry.read(ActorRegistry.ACTORS, lines));
        assertEquals("/link/actors.tsv:23: expected names that name one actor, found 'United Nations Children's Fund' also "
                + "for 'UNICEF'", e.getMessage());
    }
}

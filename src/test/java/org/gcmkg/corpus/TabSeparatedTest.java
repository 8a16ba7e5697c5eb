package org.gcmkg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TabSeparatedTest {
    @Test
    void keepsTheLinesThatAreNeitherBlankNorCommentsWithTheirNumbers() {
        TabSeparated tsv = TabSeparated.of("x.tsv", "# a comment\ntitle\talias\n\n \t \nname\t\tother\t\n");
        assertEquals(
                List.of(
                        new TabSeparated.Row(2, List.of("title", "alias")),
                        new TabSeparated.Row(5, List.of("name", "", "other", ""))),
                tsv.rows());
        assertEquals("name\t\tother\t", tsv.rows().get(1).text());
    }

    @Test
    void failsNamingFileAndLineWhereTheColumnsAreNotAsExpected() {
        TabSeparated tsv = TabSeparated.of("/link/x.tsv", List.of("# title<TAB>alias", "a\tb", "a\tb\tc"));
        assertEquals(List.of("a", "b"), tsv.columns(tsv.rows().get(0), 2, "'title<TAB>alias'"));
        IllegalStateException e = assertThrows(
                IllegalStateException.class, () -> tsv.columns(tsv.rows().get(1), 2, "'title<TAB>alias'"));
        assertEquals("/link/x.tsv:3: expected 'title<TAB>alias'", e.getMessage());
    }

    @Test
    void failsNamingAResourceTheClasspathLacks() {
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> TabSeparated.resource("/link/none.tsv"));
        assertEquals("/link/none.tsv is missing from the classpath", e.getMessage());
    }
}

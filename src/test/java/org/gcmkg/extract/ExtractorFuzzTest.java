package org.gcmkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Each corpus document mangled thousands of times in all ({@link ExtractorFuzz}): each extractor reads the mangled
 * document or refuses it with the project's one-line error, within the time bound. The examples are the mutants that
 * once failed, kept as regression tests: a line of 200,000 non-BMP characters (quadratic offset mapping) and a line
 * of 197,089 opening parentheses (quadratic search for each closing one) ran past the bound.
 */
class ExtractorFuzzTest {
    static final long started = System.nanoTime();

    @Provide
    static Arbitrary<List<ExtractorFuzz.Mutation>> mutations() {
        return ExtractorFuzz.mutations();
    }

    @Example
    void aSheetWithLinesOfNonBmpCharactersIsReadInTime() {
        assertTrue(ExtractorFuzz.read(ExtractorFuzz.mutated(
                        "quno-foundations-objective-23.txt",
                        List.of(
                                new ExtractorFuzz.LongLine(0.0, 200_000, "\ud83d\ude00"),
                                new ExtractorFuzz.LongLine(0.17, 150_561, "\ud83d\ude00"),
                                new ExtractorFuzz.Duplicate(0.4))))
                .isPresent());
    }

    @Example
    void aReportWithALineOfOpeningParenthesesIsReadInTime() {
        assertTrue(ExtractorFuzz.read(ExtractorFuzz.mutated(
                        "iom-idm-red-book-27.txt",
                        List.of(
                                new ExtractorFuzz.Inject(
                                        0.27, 0.55, "\ud800\udc00\udbff\udfff\u200b\ufffdGCM Objective 7"),
                                new ExtractorFuzz.Duplicate(1.0),
                                new ExtractorFuzz.LongLine(0.04, 197_089, "("))))
                .isPresent());
    }

    @Property(tries = 60, seed = "20261206")
    void bookletMutants(@ForAll("mutations") List<ExtractorFuzz.Mutation> mutations) {
        ExtractorFuzz.read(ExtractorFuzz.mutated("gcm-implementation-booklet.txt", mutations));
    }

    @Property(tries = 150, seed = "20261206")
    void dialogueReportMutants(@ForAll("mutations") List<ExtractorFuzz.Mutation> mutations) {
        ExtractorFuzz.read(ExtractorFuzz.mutated("iom-idm-red-book-27.txt", mutations));
    }

    @Property(tries = 600, seed = "20261206")
    void icmpdInputMutants(@ForAll("mutations") List<ExtractorFuzz.Mutation> mutations) {
        ExtractorFuzz.read(ExtractorFuzz.mutated("icmpd-input-unsg-report.txt", mutations));
    }

    @Property(tries = 2000, seed = "20261206")
    void qunoSheetMutants(@ForAll("mutations") List<ExtractorFuzz.Mutation> mutations) {
        ExtractorFuzz.read(ExtractorFuzz.mutated("quno-foundations-objective-23.txt", mutations));
    }

    @AfterContainer
    static void report() {
        System.out.printf(
                "ExtractorFuzzTest: %d mutants (%d read, %d refused) in %d ms%n",
                ExtractorFuzz.CASES.get(),
                ExtractorFuzz.READ.get(),
                ExtractorFuzz.REFUSED.get(),
                (System.nanoTime() - started) / 1_000_000);
    }
}

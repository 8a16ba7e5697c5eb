package org.gcmkg;

import static com.tngtech.archunit.base.DescribedPredicate.or;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.LocationProvider;
import com.tngtech.archunit.lang.ArchRule;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Set;
import org.gcmkg.corpus.Corpus;

/**
 * The guards on the code's structure (the main classes only; tests may reach anywhere).
 * <ul>
 * <li><b>Package order.</b> The code reads as the data flows: {@code corpus → reference → extract → link → graph → kind
 * → store → serve → cli}. A package may use only the packages before it, never a later one. A layer with no class yet
 * (such as {@code kind} before it is written) is allowed to be empty.</li>
 * <li><b>Every class is in one of those packages</b>, so that a new package cannot stand outside the order.</li>
 * <li><b>{@code cli} and {@code serve} reach extraction only through its entry points.</b> Extraction is the packages
 * {@code extract} and {@code link}, the writers that turn one document's extract into RDF (the {@code DocumentGraph}
 * implementations and the {@code *Writer} classes, in {@code graph} and in each kind's package) and the kinds
 * themselves ({@code kind.*.*Kind}). Its entry points are {@code kind.KnowledgeGraph#build} (a corpus to its whole
 * graph), the registry {@code kind.DocumentKinds}, and {@code store.GraphStore} (which builds, stores and reopens that
 * graph). The commands and the server use only
 * these, the vocabulary ({@code GCM}, {@code Ontology}, {@code Namespaces}, {@code Queries}, {@code Uris}) and what the
 * store returns; they never call an extractor, a linker or a writer themselves.</li>
 * </ul>
 */
@AnalyzeClasses(locations = LayeringTest.MainClasses.class)
class LayeringTest {
    /**
     * The directory (or jar) of the main classes alone: scanning the whole class path for the package would read every
     * library's jar, and would take in the test classes, which may reach anywhere.
     */
    static final class MainClasses implements LocationProvider {
        @Override
        public Set<Location> get(Class<?> testClass) {
            try {
                return Set.of(Location.of(Corpus.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI()));
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static final String[] PACKAGES = {
        "corpus", "reference", "extract", "link", "graph", "kind", "store", "serve", "cli"
    };

    @ArchTest
    static final ArchRule eachPackageUsesOnlyThePackagesBeforeIt = packageOrder();

    @ArchTest
    static final ArchRule everyClassIsInAPackageOfTheOrder = classes()
            .should()
            .resideInAnyPackage(
                    Arrays.stream(PACKAGES).map(p -> "org.gcmkg." + p + "..").toArray(String[]::new));

    @ArchTest
    static final ArchRule commandsAndServerReachExtractionOnlyThroughItsEntryPoints = noClasses()
            .that()
            .resideInAnyPackage("org.gcmkg.cli..", "org.gcmkg.serve..")
            .should()
            .dependOnClassesThat(extraction());

    private static ArchRule packageOrder() {
        var architecture =
                layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true);
        for (String name : PACKAGES) {
            architecture = architecture.layer(name).definedBy("org.gcmkg." + name + "..");
        }
        for (int i = 0; i < PACKAGES.length; i++) {
            String[] later = Arrays.copyOfRange(PACKAGES, i + 1, PACKAGES.length);
            architecture = later.length == 0
                    ? architecture.whereLayer(PACKAGES[i]).mayNotBeAccessedByAnyLayer()
                    : architecture.whereLayer(PACKAGES[i]).mayOnlyBeAccessedByLayers(later);
        }
        return architecture;
    }

    private static DescribedPredicate<JavaClass> extraction() {
        DescribedPredicate<JavaClass> writers = resideInAnyPackage("org.gcmkg.graph..", "org.gcmkg.kind..")
                .and(or(simpleNameEndingWith("Writer"), assignableTo("org.gcmkg.graph.DocumentGraph")));
        DescribedPredicate<JavaClass> kinds =
                resideInAPackage("org.gcmkg.kind.*").and(simpleNameEndingWith("Kind"));
        return or(resideInAnyPackage("org.gcmkg.extract..", "org.gcmkg.link.."), writers, kinds)
                .as("are extraction (in extract or link, the document writers, or a kind itself)");
    }
}

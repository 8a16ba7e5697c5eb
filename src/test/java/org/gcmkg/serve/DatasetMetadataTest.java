package org.gcmkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.gcmkg.store.StoredGraph;
import org.gcmkg.store.TestStore;
import org.junit.jupiter.api.Test;

/** The dataset's own metadata in its VoID/DCAT description: licence and sources, citation, version and build date. */
class DatasetMetadataTest {
    private static final String BASE = "https://gcm.example.org";

    private static Model description(StoredGraph store) {
        return DatasetDescription.of(store).model(BASE, "/gcm", DumpServlet::path);
    }

    @Test
    void theGraphsLicenceIsDistinctFromItsSources() {
        Model m = description(TestStore.real());
        Resource gcm = m.getResource(BASE + VoidServlet.PATH + "#gcm");
        assertEquals(
                DatasetDescription.LICENCE,
                gcm.getRequiredProperty(DCTerms.license).getResource().getURI());
        Set<String> sources = gcm.listProperties(DCTerms.source)
                .mapWith(s -> s.getResource().getURI())
                .toSet();
        assertEquals(
                Set.of(
                        "https://w3id.org/gcm/id/source/gcm-implementation-booklet",
                        "https://w3id.org/gcm/id/source/icmpd-input-unsg-report",
                        "https://w3id.org/gcm/id/source/iom-idm-red-book-27",
                        "https://w3id.org/gcm/id/source/quno-foundations-objective-23"),
                sources);
        for (String source : sources) {
            Resource s = m.getResource(source);
            assertEquals(
                    DatasetDescription.SOURCE_RIGHTS,
                    s.getRequiredProperty(DCTerms.rights).getString());
            assertTrue(!s.hasProperty(DCTerms.license), "the graph's licence is not claimed for " + source);
        }
    }

    @Test
    void itSaysHowToCiteItAndWhichBuildItIs() {
        StoredGraph store = TestStore.real();
        Resource gcm = description(store).getResource(BASE + VoidServlet.PATH + "#gcm");
        String built = store.info().builtAt().toString();
        String version = gcm.getRequiredProperty(gcm.getModel().createProperty(DCAT.NS + "version"))
                .getString();
        // Run from the classes, not the jar: no release in a manifest.
        assertEquals("development+" + store.info().fingerprint().substring(0, 12), version);
        assertEquals(built, gcm.getRequiredProperty(DCTerms.modified).getString());
        assertEquals(
                "The gcm-kg maintainers (" + built.substring(0, 4) + "). GCM knowledge graph: a knowledge graph "
                        + "of the Global Compact for Safe, Orderly and Regular Migration, version " + version
                        + ", built "
                        + built.substring(0, 10) + ". https://w3id.org/gcm/",
                gcm.getRequiredProperty(DCTerms.bibliographicCitation).getString());
    }
}

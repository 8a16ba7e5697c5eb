package org.gcmkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The metadata checks of FOOPS! (the FAIR ontology validator, github.com/oeg-upm/fair_ontologies), run on
 * {@code ontology/gcm.ttl} as FOOPS! runs them: each accepts any of the properties its documentation lists. The
 * checks that need the ontology published (its IRI resolving, content negotiation, registration in a catalogue) are
 * in docs/fair.md, with where this project meets them.
 */
class OntologyFairnessTest {
    static final String ONTOLOGY = "https://w3id.org/gcm/ontology";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String DCT = "http://purl.org/dc/terms/";
    private static final String SCHEMA = "http://schema.org/";
    private static final String SCHEMA_S = "https://schema.org/";
    private static final String DOAP = "http://usefulinc.com/ns/doap#";
    private static final String PAV = "http://purl.org/pav/";
    private static final String PROV = "http://www.w3.org/ns/prov#";
    private static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    private static final String VANN = "http://purl.org/vocab/vann/";
    private static final String CC = "http://creativecommons.org/ns#";
    private static final String OBO_DEFINITION = "http://purl.obolibrary.org/obo/IAO_0000118";

    private static Model model;
    private static Resource ontology;

    @BeforeAll
    static void load() {
        model = RDFDataMgr.loadModel("ontology/gcm.ttl");
        ontology = model.getResource(ONTOLOGY);
    }

    /** The values of the first of {@code properties} the ontology has, as FOOPS! accepts any of them. */
    private static List<RDFNode> anyOf(Resource subject, String... properties) {
        List<RDFNode> values = new ArrayList<>();
        for (String p : properties) {
            subject.listProperties(ResourceFactory.createProperty(p)).forEachRemaining(s -> values.add(s.getObject()));
        }
        return values;
    }

    private static void present(String check, String what, String... properties) {
        assertTrue(
                !anyOf(ontology, properties).isEmpty(), check + ": " + what + " (any of " + List.of(properties) + ")");
    }

    @Test
    void http1AndPurl1TheIriIsHttpAndPersistent() {
        assertEquals(
                Set.of(ONTOLOGY),
                model.listSubjectsWithProperty(RDF.type, OWL2.Ontology)
                        .mapWith(Resource::getURI)
                        .toSet());
        assertTrue(ONTOLOGY.startsWith("https://w3id.org/"));
    }

    @Test
    void ver1AVersionIriOtherThanTheOntologyIriAndItsVersionInfo() {
        String versionIri =
                ontology.getRequiredProperty(OWL2.versionIRI).getResource().getURI();
        assertNotEquals(ONTOLOGY, versionIri);
        String versionInfo = ontology.getRequiredProperty(OWL2.versionInfo).getString();
        // The version IRI is the ontology IRI and the version: what the server and w3id.org serve it at.
        assertEquals(ONTOLOGY + "/" + versionInfo, versionIri);
    }

    @Test
    void find1TheNamespacePrefix() {
        assertEquals(
                "gcm",
                ontology.getRequiredProperty(property(VANN + "preferredNamespacePrefix"))
                        .getString());
        assertEquals(
                GCM.NS,
                ontology.getRequiredProperty(property(VANN + "preferredNamespaceUri"))
                        .getString());
    }

    @Test
    void om1MinimumMetadata() {
        present("OM1", "title", DC + "title", DCT + "title", SCHEMA + "name", SCHEMA_S + "name");
        present(
                "OM1",
                "description",
                DC + "abstract",
                DCT + "abstract",
                DC + "description",
                DCT + "description",
                SCHEMA + "description",
                SCHEMA_S + "description",
                RDFS + "comment",
                DOAP + "description",
                DOAP + "shortdesc",
                SKOS + "note");
        present(
                "OM1",
                "license",
                DCT + "license",
                SCHEMA + "license",
                SCHEMA_S + "license",
                DOAP + "license",
                CC + "license");
    }

    @Test
    void om2RecommendedMetadata() {
        present("OM2", "namespace prefix", VANN + "preferredNamespacePrefix");
        present("OM2", "version info", OWL2.versionInfo.getURI(), SCHEMA + "schemaVersion");
        present(
                "OM2",
                "creation date",
                DCT + "created",
                SCHEMA + "dateCreated",
                DOAP + "created",
                PROV + "generatedAtTime",
                PAV + "createdOn");
        present("OM2", "citation", DCT + "bibliographicCitation");
        String citation = ontology.getRequiredProperty(property(DCT + "bibliographicCitation"))
                .getString();
        assertTrue(
                citation.contains(ontology.getRequiredProperty(OWL2.versionIRI)
                        .getResource()
                        .getURI()),
                citation);
    }

    @Test
    void om4TheLicenceIsAResolvableIri() {
        List<RDFNode> licences = anyOf(ontology, DCT + "license");
        assertEquals(1, licences.size());
        // The Apache License 2.0, the project's (LICENSE), at the address the Apache Software Foundation keeps.
        assertEquals(
                "https://www.apache.org/licenses/LICENSE-2.0",
                licences.get(0).asResource().getURI());
    }

    @Test
    void om5_1CreatorAndCreationDate() {
        present(
                "OM5.1",
                "creator",
                DC + "creator",
                DCT + "creator",
                PAV + "createdBy",
                PAV + "authoredBy",
                SCHEMA_S + "creator",
                DOAP + "developer");
        present(
                "OM5.1",
                "creation date",
                DCT + "created",
                SCHEMA_S + "dateCreated",
                DOAP + "created",
                PROV + "generatedAtTime",
                PAV + "createdOn");
    }

    /** What OM3 and OM5.2 ask that exists before publication: publisher and date modified. */
    @Test
    void om3AndOm5_2ThePublisherAndTheDateModified() {
        present("OM5.2", "publisher", DC + "publisher", DCT + "publisher", SCHEMA_S + "publisher");
        present("OM3", "modified date", DCT + "modified", SCHEMA_S + "dateModified");
        String created = ontology.getRequiredProperty(property(DCT + "created")).getString();
        String modified =
                ontology.getRequiredProperty(property(DCT + "modified")).getString();
        assertTrue(created.compareTo(modified) <= 0, created + " before " + modified);
    }

    /** VOC3 and VOC4: every class and property has a label and a definition. */
    @Test
    void voc3AndVoc4EveryTermHasALabelAndADefinition() {
        Set<String> problems = new TreeSet<>();
        Set<String> checked = new TreeSet<>();
        for (Resource type : List.of(
                OWL2.Class, OWL2.ObjectProperty, OWL2.DatatypeProperty, OWL2.AnnotationProperty, RDF.Property)) {
            for (Resource term : model.listSubjectsWithProperty(RDF.type, type).toList()) {
                if (term.isAnon()) {
                    continue; // a class expression (owl:unionOf), not a term
                }
                checked.add(term.getURI());
                if (anyOf(term, RDFS + "label", SKOS + "prefLabel").isEmpty()) {
                    problems.add(term.getURI() + " has no label");
                }
                if (anyOf(term, RDFS + "comment", SKOS + "definition", OBO_DEFINITION)
                        .isEmpty()) {
                    problems.add(term.getURI() + " has no definition");
                }
            }
        }
        assertEquals(Set.of(), problems);
        // Every term the ontology declares was checked (its individuals are neither classes nor properties).
        Set<String> declared = new TreeSet<>();
        model.listStatements(null, RDF.type, (RDFNode) null).forEachRemaining(st -> {
            if (st.getSubject().isURIResource()
                    && st.getSubject().getURI().startsWith(GCM.NS)
                    && !st.getSubject().hasProperty(RDF.type, OWL2.NamedIndividual)) {
                declared.add(st.getSubject().getURI());
            }
        });
        assertEquals(declared, checked);
        assertTrue(
                checked.containsAll(Set.of(GCM.Objective.getURI(), GCM.passage.getURI(), GCM.queryTimeout.getURI())));
    }

    /** VOC1 and VOC2: metadata in shared vocabularies, and terms of other vocabularies reused. */
    @Test
    void voc1AndVoc2OtherVocabulariesAreReused() {
        assertTrue(ontology.listProperties().toList().stream()
                .anyMatch(s -> s.getPredicate().getURI().startsWith(DCT)));
        Set<String> reused = new TreeSet<>();
        model.listStatements(null, property(RDFS + "subClassOf"), (RDFNode) null)
                .andThen(model.listStatements(null, property(RDFS + "subPropertyOf"), (RDFNode) null))
                .forEachRemaining(s -> {
                    if (s.getObject().isURIResource()
                            && !s.getObject().asResource().getURI().startsWith(GCM.NS)) {
                        reused.add(s.getObject().asResource().getURI());
                    }
                });
        assertTrue(reused.contains(PROV + "Entity"), reused.toString());
    }

    /** CITATION.cff cites the same release of the same licence. */
    @Test
    void theCitationFileNamesThisVersion() throws IOException {
        List<String> cff = Files.readAllLines(Path.of("CITATION.cff"));
        String version = ontology.getRequiredProperty(OWL2.versionInfo).getString();
        assertTrue(cff.contains("cff-version: 1.2.0"));
        assertTrue(cff.contains("version: " + version), "CITATION.cff version " + version);
        assertTrue(cff.contains("license: Apache-2.0"));
        assertTrue(cff.stream()
                .anyMatch(l -> l.contains(ontology.getRequiredProperty(OWL2.versionIRI)
                        .getResource()
                        .getURI())));
    }

    private static Property property(String uri) {
        return ResourceFactory.createProperty(uri);
    }
}

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
import org.apache.jena.sparql.vocabulary.DOAP;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.DC_11;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
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
    /** schema.org by its older http IRI, which FOOPS! accepts too ({@link SchemaDO} is the https one). */
    private static final String SCHEMA = "http://schema.org/";

    private static final String PAV = "http://purl.org/pav/";
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
        present("OM1", "title", DC_11.NS + "title", DCTerms.NS + "title", SCHEMA + "name", SchemaDO.NS + "name");
        present(
                "OM1",
                "description",
                DC_11.NS + "abstract",
                DCTerms.NS + "abstract",
                DC_11.NS + "description",
                DCTerms.NS + "description",
                SCHEMA + "description",
                SchemaDO.NS + "description",
                RDFS.uri + "comment",
                DOAP.NS + "description",
                DOAP.NS + "shortdesc",
                SKOS.uri + "note");
        present(
                "OM1",
                "license",
                DCTerms.NS + "license",
                SCHEMA + "license",
                SchemaDO.NS + "license",
                DOAP.NS + "license",
                CC + "license");
    }

    @Test
    void om2RecommendedMetadata() {
        present("OM2", "namespace prefix", VANN + "preferredNamespacePrefix");
        present("OM2", "version info", OWL2.versionInfo.getURI(), SCHEMA + "schemaVersion");
        present(
                "OM2",
                "creation date",
                DCTerms.NS + "created",
                SCHEMA + "dateCreated",
                DOAP.NS + "created",
                PROV.NS + "generatedAtTime",
                PAV + "createdOn");
        present("OM2", "citation", DCTerms.NS + "bibliographicCitation");
        String citation = ontology.getRequiredProperty(property(DCTerms.NS + "bibliographicCitation"))
                .getString();
        assertTrue(
                citation.contains(ontology.getRequiredProperty(OWL2.versionIRI)
                        .getResource()
                        .getURI()),
                citation);
    }

    @Test
    void om4TheLicenceIsAResolvableIri() {
        List<RDFNode> licences = anyOf(ontology, DCTerms.NS + "license");
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
                DC_11.NS + "creator",
                DCTerms.NS + "creator",
                PAV + "createdBy",
                PAV + "authoredBy",
                SchemaDO.NS + "creator",
                DOAP.NS + "developer");
        present(
                "OM5.1",
                "creation date",
                DCTerms.NS + "created",
                SchemaDO.NS + "dateCreated",
                DOAP.NS + "created",
                PROV.NS + "generatedAtTime",
                PAV + "createdOn");
    }

    /** What OM3 and OM5.2 ask that exists before publication: publisher and date modified. */
    @Test
    void om3AndOm5_2ThePublisherAndTheDateModified() {
        present("OM5.2", "publisher", DC_11.NS + "publisher", DCTerms.NS + "publisher", SchemaDO.NS + "publisher");
        present("OM3", "modified date", DCTerms.NS + "modified", SchemaDO.NS + "dateModified");
        String created =
                ontology.getRequiredProperty(property(DCTerms.NS + "created")).getString();
        String modified =
                ontology.getRequiredProperty(property(DCTerms.NS + "modified")).getString();
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
                if (anyOf(term, RDFS.uri + "label", SKOS.uri + "prefLabel").isEmpty()) {
                    problems.add(term.getURI() + " has no label");
                }
                if (anyOf(term, RDFS.uri + "comment", SKOS.uri + "definition", OBO_DEFINITION)
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
                .anyMatch(s -> s.getPredicate().getURI().startsWith(DCTerms.NS)));
        Set<String> reused = new TreeSet<>();
        model.listStatements(null, property(RDFS.uri + "subClassOf"), (RDFNode) null)
                .andThen(model.listStatements(null, property(RDFS.uri + "subPropertyOf"), (RDFNode) null))
                .forEachRemaining(s -> {
                    if (s.getObject().isURIResource()
                            && !s.getObject().asResource().getURI().startsWith(GCM.NS)) {
                        reused.add(s.getObject().asResource().getURI());
                    }
                });
        assertTrue(reused.contains(PROV.NS + "Entity"), reused.toString());
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

package org.gcmkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.gcmkg.kind.quno.QunoUris;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code ontology/gcm.ttl}, {@code ontology/shapes.ttl} and {@link GCM} in step. What the shapes accept and reject
 * is {@link ShapesCasesTest}'s.
 */
class OntologyVocabularyTest {

    private static final java.nio.file.Path ONTOLOGY_FILE = java.nio.file.Path.of("ontology", "gcm.ttl");
    private static final java.nio.file.Path SHAPES_FILE = java.nio.file.Path.of("ontology", "shapes.ttl");

    private static final String ONTOLOGY_IRI = "https://w3id.org/gcm/ontology";
    private static final String VANN = "http://purl.org/vocab/vann/";
    private static final String PROV = "http://www.w3.org/ns/prov#";
    private static final String SHAPES = "https://w3id.org/gcm/shapes#";
    private static final String DERIVED_RESOURCE_SHAPE = SHAPES + "DerivedResourceShape";
    private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    private static final String GUIDANCE_SOURCE_TYPES = "https://w3id.org/gcm/id/scheme/guidance-source-types";

    private static Model ontology;
    private static Model shapesModel;
    /** Every public static final Resource/Property constant of {@link GCM}: IRI to "is a property". */
    private static Map<String, Boolean> javaTerms;
    /**
     * The Resource constants of {@link GCM} that are classes; the others are individuals the ontology defines
     * (declared owl:NamedIndividual there, which {@link #everyJavaTermIsDeclaredWithEnglishLabelAndComment} checks).
     */
    private static Set<String> javaClasses;

    @BeforeAll
    static void load() throws IllegalAccessException {
        assertTrue(Files.isRegularFile(ONTOLOGY_FILE), "missing " + ONTOLOGY_FILE.toAbsolutePath());
        assertTrue(Files.isRegularFile(SHAPES_FILE), "missing " + SHAPES_FILE.toAbsolutePath());
        ontology = RDFParser.source(ONTOLOGY_FILE).lang(Lang.TURTLE).toModel();
        shapesModel = RDFParser.source(SHAPES_FILE).lang(Lang.TURTLE).toModel();

        javaTerms = new TreeMap<>();
        for (Field field : GCM.class.getDeclaredFields()) {
            int mod = field.getModifiers();
            if (Modifier.isPublic(mod)
                    && Modifier.isStatic(mod)
                    && Modifier.isFinal(mod)
                    && Resource.class.isAssignableFrom(field.getType())) {
                Resource term = (Resource) field.get(null);
                assertEquals(
                        GCM.NS + field.getName(),
                        term.getURI(),
                        "GCM." + field.getName() + " should be named after its local name");
                javaTerms.put(term.getURI(), Property.class.isAssignableFrom(field.getType()));
            }
        }
        javaClasses = javaTerms.entrySet().stream()
                .filter(e -> !e.getValue())
                .map(Map.Entry::getKey)
                .filter(uri -> !ontology.contains(ontology.createResource(uri), RDF.type, OWL2.NamedIndividual))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    // ---------------------------------------------------------------------------------------------
    // The ontology and GCM.java
    // ---------------------------------------------------------------------------------------------

    @Test
    void gcmJavaHasClassesAndProperties() {
        long properties =
                javaTerms.values().stream().filter(isProperty -> isProperty).count();
        assertTrue(javaClasses.size() >= 10, "GCM.java declares " + javaClasses.size() + " classes");
        assertTrue(properties >= 20, "GCM.java declares " + properties + " properties");
        assertEquals(Set.of(GCM.SpecialProcedures.getURI(), GCM.TreatyBodies.getURI()), individuals());
    }

    @Test
    void everyJavaTermIsDeclaredWithEnglishLabelAndComment() {
        List<String> problems = new ArrayList<>();
        javaTerms.forEach((uri, isProperty) -> {
            Resource term = ontology.createResource(uri);
            if (isProperty) {
                boolean object = ontology.contains(term, RDF.type, OWL2.ObjectProperty);
                boolean datatype = ontology.contains(term, RDF.type, OWL2.DatatypeProperty);
                if (object == datatype) {
                    problems.add(uri + " should be exactly one of owl:ObjectProperty, owl:DatatypeProperty");
                }
            } else if (ontology.contains(term, RDF.type, OWL2.Class)
                    == ontology.contains(term, RDF.type, OWL2.NamedIndividual)) {
                problems.add(uri + " should be exactly one of owl:Class, owl:NamedIndividual");
            }
            if (englishLiterals(term, RDFS.label).size() != 1) {
                problems.add(uri + " should have exactly one rdfs:label@en");
            }
            if (englishLiterals(term, RDFS.comment).size() != 1) {
                problems.add(uri + " should have exactly one rdfs:comment@en");
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void everyTermDeclaredInTheOntologyIsInGcmJava() {
        Set<String> declared = declaredGcmTerms();
        Set<String> extra = new TreeSet<>(declared);
        extra.removeAll(javaTerms.keySet());
        assertEquals(Set.of(), extra, "terms of gcm.ttl missing from GCM.java");
        assertEquals(javaTerms.keySet(), declared);
    }

    @Test
    void everyGcmIriUsedInTheOntologyOrShapesIsAJavaTerm() {
        Set<String> unknown = new TreeSet<>();
        for (Model model : List.of(ontology, shapesModel)) {
            model.listStatements().forEach(st -> {
                for (RDFNode node : List.of(st.getSubject(), st.getPredicate(), st.getObject())) {
                    if (node.isURIResource()
                            && node.asResource().getURI().startsWith(GCM.NS)
                            && !javaTerms.containsKey(node.asResource().getURI())) {
                        unknown.add(node.asResource().getURI());
                    }
                }
            });
        }
        assertEquals(Set.of(), unknown, "misspelt or undeclared gcm: terms");
    }

    @Test
    void ontologyHeaderDescribesTheOntology() {
        Resource onto = ontology.createResource(ONTOLOGY_IRI);
        assertTrue(ontology.contains(onto, RDF.type, OWL2.Ontology));
        assertEquals(
                Set.of(ONTOLOGY_IRI),
                ontology.listSubjectsWithProperty(RDF.type, OWL2.Ontology)
                        .mapWith(Resource::getURI)
                        .toSet());
        assertEquals("0.1.0", onto.getRequiredProperty(OWL2.versionInfo).getString());
        assertEquals(
                "https://www.apache.org/licenses/LICENSE-2.0",
                onto.getRequiredProperty(DCTerms.license).getResource().getURI());
        assertEquals(1, englishLiterals(onto, DCTerms.title).size());
        assertEquals(1, englishLiterals(onto, DCTerms.description).size());
        assertEquals(
                "gcm",
                onto.getRequiredProperty(ontology.createProperty(VANN, "preferredNamespacePrefix"))
                        .getString());
        assertEquals(
                GCM.NS,
                onto.getRequiredProperty(ontology.createProperty(VANN, "preferredNamespaceUri"))
                        .getString());
        assertEquals(ONTOLOGY_IRI + "#", GCM.NS);
    }

    @Test
    void passagesAreProvEntitiesButGcmPassageIsNotProvDerivation() {
        assertTrue(ontology.contains(res(GCM.Passage), RDFS.subClassOf, ontology.createResource(PROV + "Entity")));
        assertFalse(ontology.contains(
                res(GCM.passage), RDFS.subPropertyOf, ontology.createResource(PROV + "wasDerivedFrom")));
        assertEquals(
                res(GCM.Passage),
                ontology.getRequiredProperty(res(GCM.passage), RDFS.range).getResource());
        assertTrue(ontology.contains(res(GCM.url), RDFS.subPropertyOf, RDFS.seeAlso));
    }

    @Test
    void guidanceSourceTypesAreTheConceptsOfTheirSchemeAndNameTheCoverageIris() {
        Resource scheme = ontology.createResource(GUIDANCE_SOURCE_TYPES);
        Property inScheme = ontology.createProperty(SKOS, "inScheme");
        Property notation = ontology.createProperty(SKOS, "notation");
        Property prefLabel = ontology.createProperty(SKOS, "prefLabel");
        assertTrue(ontology.contains(scheme, RDF.type, ontology.createResource(SKOS + "ConceptScheme")));
        assertTrue(ontology.contains(
                res(GCM.GuidanceSourceType), RDFS.subClassOf, ontology.createResource(SKOS + "Concept")));
        Set<String> members = ontology.listSubjectsWithProperty(RDF.type, res(GCM.GuidanceSourceType))
                .mapWith(Resource::getURI)
                .toSet();
        assertEquals(individuals(), members);
        assertEquals(
                members,
                ontology.listObjectsOfProperty(scheme, ontology.createProperty(SKOS, "hasTopConcept"))
                        .mapWith(n -> n.asResource().getURI())
                        .toSet());
        for (String uri : members) {
            Resource concept = ontology.createResource(uri);
            assertTrue(ontology.contains(concept, RDF.type, ontology.createResource(SKOS + "Concept")), uri);
            assertTrue(ontology.contains(concept, inScheme, scheme), uri);
            assertEquals(1, englishLiterals(concept, prefLabel).size(), uri);
            // The notation is the segment Uris mints for the concept's guidance coverage.
            String label = concept.getRequiredProperty(prefLabel).getString();
            assertTrue(
                    QunoUris.guidanceCoverage("quno-foundations-objective-23", 23, label)
                            .endsWith("/objective/23/"
                                    + concept.getRequiredProperty(notation).getString()),
                    uri);
        }
        assertEquals(
                "special-procedures",
                res(GCM.SpecialProcedures).getRequiredProperty(notation).getString());
        assertEquals(
                "treaty-bodies",
                res(GCM.TreatyBodies).getRequiredProperty(notation).getString());
    }

    // ---------------------------------------------------------------------------------------------
    // Shapes
    // ---------------------------------------------------------------------------------------------

    @Test
    void everyGcmClassHasAShape() {
        Set<String> classes = ontology.listSubjectsWithProperty(RDF.type, OWL2.Class)
                .filterKeep(Resource::isURIResource)
                .mapWith(Resource::getURI)
                .filterKeep(uri -> uri.startsWith(GCM.NS))
                .toSet();
        assertEquals(javaClasses, classes);
        Property targetClass = shapesModel.createProperty(SHACL.targetClass.getURI());
        Set<String> withoutShape = new TreeSet<>();
        for (String cls : classes) {
            // A shape of its own: the shared provenance shape targets nearly every class and does not count.
            boolean hasOwnShape = shapesModel
                    .listSubjectsWithProperty(targetClass, shapesModel.createResource(cls))
                    .filterDrop(shape -> DERIVED_RESOURCE_SHAPE.equals(shape.getURI()))
                    .hasNext();
            if (!hasOwnShape) {
                withoutShape.add(cls);
            }
        }
        assertEquals(Set.of(), withoutShape, "classes without a shape of their own (sh:targetClass)");
    }

    @Test
    void everyClassReadFromTheCorpusMustBeDerivedFromASourceDocument() {
        Property targetClass = shapesModel.createProperty(SHACL.targetClass.getURI());
        Resource shape = shapesModel.createResource(DERIVED_RESOURCE_SHAPE);
        Set<String> targets = shapesModel
                .listObjectsOfProperty(shape, targetClass)
                .mapWith(n -> n.asResource().getURI())
                .toSet();
        // Not read from the corpus: the documents themselves, and classes whose members the ontology defines.
        Set<String> expected = javaClasses.stream()
                .filter(uri -> !uri.equals(GCM.SourceDocument.getURI()))
                .filter(uri -> !ontology.listSubjectsWithProperty(RDF.type, ontology.createResource(uri))
                        .hasNext())
                .collect(Collectors.toSet());
        assertEquals(expected, targets);
        assertFalse(targets.contains(GCM.GuidanceSourceType.getURI()));
    }

    @Test
    void shapesParse() {
        Shapes shapes = Shapes.parse(shapesModel.getGraph());
        // 25 class shapes, the shared provenance and named-entity shapes, the SPARQL checks of mentions and countries,
        // SDG target and SDG goal; for gcm:addresses, the link an alignment backs and the subjects of the link with
        // their evidence.
        assertEquals(25, javaClasses.size());
        assertEquals(34, shapes.numRootShapes());
        assertEquals(34, shapes.getTargetShapes().size());
    }

    @Test
    void theClassesAMentionMayBeInAreTheClassesWhoseEntityLinksAreChecked() {
        Resource mentionShape = shapesModel.createResource(SHAPES + "MentionShape");
        Resource mentionIn = shapesModel.createResource(GCM.mentionIn.getURI());
        Property path = shapesModel.createProperty(SHACL.path.getURI());
        Property or = shapesModel.createProperty(SHACL.or.getURI());
        Property cls = shapesModel.createProperty(SHACL.class_.getURI());
        Resource mentionInShape = shapesModel
                .listObjectsOfProperty(mentionShape, shapesModel.createProperty(SHACL.property.getURI()))
                .mapWith(RDFNode::asResource)
                .filterKeep(p -> p.hasProperty(path, mentionIn))
                .next();
        Set<String> mentionedIn = mentionInShape.getRequiredProperty(or).getList().asJavaList().stream()
                .map(alternative -> alternative
                        .asResource()
                        .getRequiredProperty(cls)
                        .getResource()
                        .getURI())
                .collect(Collectors.toSet());
        Set<String> checked = shapesModel
                .listObjectsOfProperty(
                        shapesModel.createResource(SHAPES + "NamedEntitiesShape"),
                        shapesModel.createProperty(SHACL.targetClass.getURI()))
                .mapWith(n -> n.asResource().getURI())
                .toSet();
        assertEquals(
                Set.of(
                                GCM.Action,
                                GCM.Example,
                                GCM.Commitment,
                                GCM.Statement,
                                GCM.Guidance,
                                GCM.Recommendation,
                                GCM.Section,
                                GCM.Theme,
                                GCM.Citation)
                        .stream()
                        .map(Resource::getURI)
                        .collect(Collectors.toSet()),
                mentionedIn);
        assertEquals(mentionedIn, checked);
    }

    // ---------------------------------------------------------------------------------------------
    // Helpers
    // ---------------------------------------------------------------------------------------------

    /** The Resource constants of {@link GCM} that are not classes. */
    private static Set<String> individuals() {
        return javaTerms.entrySet().stream()
                .filter(e -> !e.getValue())
                .map(Map.Entry::getKey)
                .filter(uri -> !javaClasses.contains(uri))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> declaredGcmTerms() {
        Set<String> declared = new TreeSet<>();
        for (Resource type : List.of(
                OWL2.Class,
                OWL2.ObjectProperty,
                OWL2.DatatypeProperty,
                OWL2.AnnotationProperty,
                OWL2.NamedIndividual,
                RDF.Property,
                RDFS.Class)) {
            ontology.listSubjectsWithProperty(RDF.type, type).forEach(s -> {
                if (s.isURIResource() && s.getURI().startsWith(GCM.NS)) {
                    declared.add(s.getURI());
                }
            });
        }
        return declared;
    }

    private static Collection<Literal> englishLiterals(Resource subject, Property property) {
        return ontology.listObjectsOfProperty(subject, property)
                .filterKeep(RDFNode::isLiteral)
                .mapWith(RDFNode::asLiteral)
                .filterKeep(
                        l -> "en".equals(l.getLanguage()) && !l.getLexicalForm().isBlank())
                .toList();
    }

    private static Resource res(Resource term) {
        return ontology.createResource(term.getURI());
    }
}

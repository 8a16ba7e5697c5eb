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
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps {@code ontology/gcm.ttl}, {@code ontology/shapes.ttl} and {@link GCM} in step, and checks that
 * the shapes accept a small valid graph and reject broken ones for the right reason.
 */
class OntologyVocabularyTest {

    private static final java.nio.file.Path ONTOLOGY_FILE = java.nio.file.Path.of("ontology", "gcm.ttl");
    private static final java.nio.file.Path SHAPES_FILE = java.nio.file.Path.of("ontology", "shapes.ttl");

    private static final String ONTOLOGY_IRI = "https://w3id.org/gcm/ontology";
    private static final String VANN = "http://purl.org/vocab/vann/";
    private static final String PROV = "http://www.w3.org/ns/prov#";
    private static final String DERIVED_RESOURCE_SHAPE = "https://w3id.org/gcm/shapes#DerivedResourceShape";

    private static Model ontology;
    private static Model shapesModel;
    /** Every public static final Resource/Property constant of {@link GCM}: IRI to "is a property". */
    private static Map<String, Boolean> javaTerms;

    @BeforeAll
    static void load() throws IllegalAccessException {
        assertTrue(Files.isRegularFile(ONTOLOGY_FILE), "missing " + ONTOLOGY_FILE.toAbsolutePath());
        assertTrue(Files.isRegularFile(SHAPES_FILE), "missing " + SHAPES_FILE.toAbsolutePath());
        ontology = RDFParser.source(ONTOLOGY_FILE).lang(Lang.TURTLE).toModel();
        shapesModel = RDFParser.source(SHAPES_FILE).lang(Lang.TURTLE).toModel();

        javaTerms = new TreeMap<>();
        for (Field field : GCM.class.getDeclaredFields()) {
            int mod = field.getModifiers();
            if (Modifier.isPublic(mod) && Modifier.isStatic(mod) && Modifier.isFinal(mod)
                    && Resource.class.isAssignableFrom(field.getType())) {
                Resource term = (Resource) field.get(null);
                assertEquals(GCM.NS + field.getName(), term.getURI(),
                        "GCM." + field.getName() + " should be named after its local name");
                javaTerms.put(term.getURI(), Property.class.isAssignableFrom(field.getType()));
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // The ontology and GCM.java
    // ---------------------------------------------------------------------------------------------

    @Test
    void gcmJavaHasClassesAndProperties() {
        long classes = javaTerms.values().stream().filter(isProperty -> !isProperty).count();
        long properties = javaTerms.values().stream().filter(isProperty -> isProperty).count();
        assertTrue(classes >= 10, "GCM.java declares " + classes + " classes");
        assertTrue(properties >= 20, "GCM.java declares " + properties + " properties");
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
            } else if (!ontology.contains(term, RDF.type, OWL2.Class)) {
                problems.add(uri + " is not declared an owl:Class");
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
                    if (node.isURIResource() && node.asResource().getURI().startsWith(GCM.NS)
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
        assertEquals(Set.of(ONTOLOGY_IRI), ontology.listSubjectsWithProperty(RDF.type, OWL2.Ontology)
                .mapWith(Resource::getURI).toSet());
        assertEquals("0.1.0", onto.getRequiredProperty(OWL2.versionInfo).getString());
        assertEquals("https://www.apache.org/licenses/LICENSE-2.0",
                onto.getRequiredProperty(DCTerms.license).getResource().getURI());
        assertEquals(1, englishLiterals(onto, DCTerms.title).size());
        assertEquals(1, englishLiterals(onto, DCTerms.description).size());
        assertEquals("gcm", onto.getRequiredProperty(ontology.createProperty(VANN, "preferredNamespacePrefix"))
                .getString());
        assertEquals(GCM.NS, onto.getRequiredProperty(ontology.createProperty(VANN, "preferredNamespaceUri"))
                .getString());
        assertEquals(ONTOLOGY_IRI + "#", GCM.NS);
    }

    @Test
    void passagesAreProvEntitiesButGcmPassageIsNotProvDerivation() {
        assertTrue(ontology.contains(res(GCM.Passage), RDFS.subClassOf, ontology.createResource(PROV + "Entity")));
        assertFalse(ontology.contains(res(GCM.passage), RDFS.subPropertyOf,
                ontology.createResource(PROV + "wasDerivedFrom")));
        assertEquals(res(GCM.Passage), ontology.getRequiredProperty(res(GCM.passage), RDFS.range).getResource());
        assertTrue(ontology.contains(res(GCM.url), RDFS.subPropertyOf, RDFS.seeAlso));
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
        assertEquals(javaTerms.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey)
                .collect(Collectors.toSet()), classes);
        Property targetClass = shapesModel.createProperty(SHACL.targetClass.getURI());
        Set<String> withoutShape = new TreeSet<>();
        for (String cls : classes) {
            // A shape of its own: the shared provenance shape targets nearly every class and does not count.
            boolean hasOwnShape = shapesModel.listSubjectsWithProperty(targetClass, shapesModel.createResource(cls))
                    .filterDrop(shape -> DERIVED_RESOURCE_SHAPE.equals(shape.getURI()))
                    .hasNext();
            if (!hasOwnShape) {
                withoutShape.add(cls);
            }
        }
        assertEquals(Set.of(), withoutShape, "classes without a shape of their own (sh:targetClass)");
    }

    @Test
    void everyClassButSourceDocumentMustBeDerivedFromASourceDocument() {
        Property targetClass = shapesModel.createProperty(SHACL.targetClass.getURI());
        Resource shape = shapesModel.createResource(DERIVED_RESOURCE_SHAPE);
        Set<String> targets = shapesModel.listObjectsOfProperty(shape, targetClass)
                .mapWith(n -> n.asResource().getURI()).toSet();
        Set<String> expected = javaTerms.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey)
                .filter(uri -> !uri.equals(GCM.SourceDocument.getURI()))
                .collect(Collectors.toSet());
        assertEquals(expected, targets);
    }

    @Test
    void shapesParse() {
        Shapes shapes = Shapes.parse(shapesModel.getGraph());
        // 10 class shapes, the shared provenance shape, SDG target and SDG goal.
        assertEquals(13, shapes.numRootShapes());
        assertEquals(13, shapes.getTargetShapes().size());
    }

    @Test
    void validInstanceConforms() {
        ValidationReport report = validate(validInstance());
        assertTrue(report.conforms(), () -> describe(report));
        assertEquals(0, report.getEntries().size());
    }

    @Test
    void actionWithoutObjectiveIsRejectedOnGcmObjective() {
        Graph data = validInstance();
        Node action = node(ID + "objective/1/action/a");
        data.delete(Triple.create(action, GCM.objective.asNode(), node(ID + "objective/1")));

        ValidationReport report = validate(data);

        assertFalse(report.conforms());
        assertEquals(1, report.getEntries().size(), () -> describe(report));
        ReportEntry entry = report.getEntries().iterator().next();
        assertEquals(action, entry.focusNode());
        assertEquals(GCM.objective.asNode(), pathNode(entry.resultPath()));
        assertEquals(SHACL.MinCountConstraintComponent, entry.sourceConstraintComponent());
    }

    static Stream<Arguments> brokenInstances() {
        Node objective = node(ID + "objective/1");
        Node action = node(ID + "objective/1/action/a");
        Node passage = node(ID + "source/gcm-implementation-booklet/passage/10-12");
        Node target = node("http://metadata.un.org/sdg/10.7");
        Node derivedFrom = NodeFactory.createURI(PROV + "wasDerivedFrom");
        return Stream.of(
                Arguments.of("upper-case action letter", replace(action, GCM.letter.asNode(), literal("A")),
                        action, GCM.letter.asNode(), SHACL.PatternConstraintComponent),
                Arguments.of("objective 24", replace(objective, GCM.number.asNode(), integer(24)),
                        objective, GCM.number.asNode(), SHACL.MaxInclusiveConstraintComponent),
                Arguments.of("number as a string", replace(objective, GCM.number.asNode(), literal("1")),
                        objective, GCM.number.asNode(), SHACL.DatatypeConstraintComponent),
                Arguments.of("passage without provenance", remove(passage, derivedFrom),
                        passage, derivedFrom, SHACL.MinCountConstraintComponent),
                Arguments.of("passage ending before it starts", replace(passage, GCM.endLine.asNode(), integer(9)),
                        passage, GCM.startLine.asNode(), SHACL.LessThanOrEqualsConstraintComponent),
                Arguments.of("target not typed sdgo:Target", (Consumer<Graph>) g -> g.delete(Triple.create(
                        target, RDF.type.asNode(), node("http://metadata.un.org/sdg/ontology#Target"))),
                        objective, GCM.sdgTarget.asNode(), SHACL.ClassConstraintComponent),
                Arguments.of("two source documents for an objective", (Consumer<Graph>) g -> g.add(Triple.create(
                        objective, derivedFrom, node(ID + "source/gcm-implementation-booklet-2"))),
                        objective, derivedFrom, SHACL.MaxCountConstraintComponent));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenInstances")
    void brokenInstanceIsRejectedForTheRightReason(String name, Consumer<Graph> breakIt, Node focus,
            Node path, Node component) {
        Graph data = validInstance();
        breakIt.accept(data);

        ValidationReport report = validate(data);

        assertFalse(report.conforms(), name);
        assertTrue(report.getEntries().stream().anyMatch(e -> focus.equals(e.focusNode())
                && path.equals(pathNode(e.resultPath()))
                && component.equals(e.sourceConstraintComponent())),
                () -> "expected " + component.getLocalName() + " on " + path + " of " + focus + " in\n"
                        + describe(report));
    }

    // ---------------------------------------------------------------------------------------------
    // Helpers
    // ---------------------------------------------------------------------------------------------

    private static final String ID = GCM.ID;

    /** One objective with one action and one SDG target, read from one passage of one document. */
    private static final String VALID_INSTANCE = """
            @prefix gcm:     <https://w3id.org/gcm/ontology#> .
            @prefix id:      <https://w3id.org/gcm/id/> .
            @prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .
            @prefix skos:    <http://www.w3.org/2004/02/skos/core#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix prov:    <http://www.w3.org/ns/prov#> .
            @prefix sdgo:    <http://metadata.un.org/sdg/ontology#> .
            @prefix sdg:     <http://metadata.un.org/sdg/> .

            <https://w3id.org/gcm/id/source/gcm-implementation-booklet> a gcm:SourceDocument ;
                gcm:fileName "gcm-implementation-booklet.txt" ;
                dcterms:title "GCM implementation booklet"@en ;
                dcterms:publisher "UN Network on Migration" ;
                rdfs:label "GCM implementation booklet"@en .

            <https://w3id.org/gcm/id/source/gcm-implementation-booklet/passage/10-12> a gcm:Passage ;
                gcm:sourceDocument <https://w3id.org/gcm/id/source/gcm-implementation-booklet> ;
                gcm:startLine 10 ; gcm:endLine 12 ;
                gcm:startOffset 400 ; gcm:endOffset 900 ;
                rdfs:label "gcm-implementation-booklet.txt, lines 10-12"@en ;
                prov:wasDerivedFrom <https://w3id.org/gcm/id/source/gcm-implementation-booklet> .

            <https://w3id.org/gcm/id/objective/1> a gcm:Objective ;
                gcm:number 1 ;
                dcterms:title "Collect and utilize accurate and disaggregated data as a basis for evidence-based policies"@en ;
                rdfs:label "Objective 1"@en ;
                gcm:sdgTarget sdg:10.7 ;
                gcm:sdgGoal sdg:10 ;
                prov:wasDerivedFrom <https://w3id.org/gcm/id/source/gcm-implementation-booklet> ;
                gcm:passage <https://w3id.org/gcm/id/source/gcm-implementation-booklet/passage/10-12> .

            <https://w3id.org/gcm/id/objective/1/action/a> a gcm:Action ;
                gcm:objective <https://w3id.org/gcm/id/objective/1> ;
                gcm:letter "a" ;
                gcm:lead "Elaborate and implement a comprehensive strategy"@en ;
                dcterms:description "Elaborate and implement a comprehensive strategy for improving migration data."@en ;
                rdfs:label "Objective 1, action (a)"@en ;
                prov:wasDerivedFrom <https://w3id.org/gcm/id/source/gcm-implementation-booklet> ;
                gcm:passage <https://w3id.org/gcm/id/source/gcm-implementation-booklet/passage/10-12> .

            sdg:10.7 a sdgo:Target , skos:Concept ;
                rdfs:label "Facilitate orderly, safe, regular and responsible migration and mobility of people"@en ;
                skos:notation "10.7" ;
                skos:broader sdg:10 ;
                prov:wasDerivedFrom <https://w3id.org/gcm/id/source/gcm-implementation-booklet> ;
                gcm:passage <https://w3id.org/gcm/id/source/gcm-implementation-booklet/passage/10-12> .

            sdg:10 a sdgo:Goal , skos:Concept ;
                rdfs:label "Reduce inequality within and among countries"@en ;
                skos:notation "10" ;
                prov:wasDerivedFrom <https://w3id.org/gcm/id/source/gcm-implementation-booklet> ;
                gcm:passage <https://w3id.org/gcm/id/source/gcm-implementation-booklet/passage/10-12> .
            """;

    private static Graph validInstance() {
        return RDFParser.fromString(VALID_INSTANCE, Lang.TURTLE).toGraph();
    }

    private static ValidationReport validate(Graph data) {
        Shapes shapes = Shapes.parse(shapesModel.getGraph());
        return ShaclValidator.get().validate(shapes, data);
    }

    private static String describe(ValidationReport report) {
        StringBuilder sb = new StringBuilder();
        for (ReportEntry e : report.getEntries()) {
            sb.append(ShLib.displayStr(e.focusNode())).append(' ')
                    .append(e.resultPath()).append(' ')
                    .append(e.sourceConstraintComponent().getLocalName()).append(": ")
                    .append(e.message()).append('\n');
        }
        return sb.toString();
    }

    /** The predicate of a single-step result path, or null for any other path. */
    private static Node pathNode(Path path) {
        return path instanceof P_Link link ? link.getNode() : null;
    }

    private static Set<String> declaredGcmTerms() {
        Set<String> declared = new TreeSet<>();
        for (Resource type : List.of(OWL2.Class, OWL2.ObjectProperty, OWL2.DatatypeProperty,
                OWL2.AnnotationProperty, RDF.Property, RDFS.Class)) {
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
                .filterKeep(l -> "en".equals(l.getLanguage()) && !l.getLexicalForm().isBlank())
                .toList();
    }

    private static Resource res(Resource term) {
        return ontology.createResource(term.getURI());
    }

    private static Node node(String uri) {
        return NodeFactory.createURI(uri);
    }

    private static Node literal(String lexical) {
        return NodeFactory.createLiteralString(lexical);
    }

    private static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }

    private static Consumer<Graph> remove(Node subject, Node predicate) {
        return g -> g.remove(subject, predicate, Node.ANY);
    }

    private static Consumer<Graph> replace(Node subject, Node predicate, Node value) {
        return g -> {
            g.remove(subject, predicate, Node.ANY);
            g.add(Triple.create(subject, predicate, value));
        };
    }
}

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
import org.apache.jena.sparql.path.PathFactory;
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
            if (Modifier.isPublic(mod) && Modifier.isStatic(mod) && Modifier.isFinal(mod)
                    && Resource.class.isAssignableFrom(field.getType())) {
                Resource term = (Resource) field.get(null);
                assertEquals(GCM.NS + field.getName(), term.getURI(),
                        "GCM." + field.getName() + " should be named after its local name");
                javaTerms.put(term.getURI(), Property.class.isAssignableFrom(field.getType()));
            }
        }
        javaClasses = javaTerms.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey)
                .filter(uri -> !ontology.contains(ontology.createResource(uri), RDF.type, OWL2.NamedIndividual))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    // ---------------------------------------------------------------------------------------------
    // The ontology and GCM.java
    // ---------------------------------------------------------------------------------------------

    @Test
    void gcmJavaHasClassesAndProperties() {
        long properties = javaTerms.values().stream().filter(isProperty -> isProperty).count();
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

    @Test
    void guidanceSourceTypesAreTheConceptsOfTheirSchemeAndNameTheCoverageIris() {
        Resource scheme = ontology.createResource(GUIDANCE_SOURCE_TYPES);
        Property inScheme = ontology.createProperty(SKOS, "inScheme");
        Property notation = ontology.createProperty(SKOS, "notation");
        Property prefLabel = ontology.createProperty(SKOS, "prefLabel");
        assertTrue(ontology.contains(scheme, RDF.type, ontology.createResource(SKOS + "ConceptScheme")));
        assertTrue(ontology.contains(res(GCM.GuidanceSourceType), RDFS.subClassOf,
                ontology.createResource(SKOS + "Concept")));
        Set<String> members = ontology.listSubjectsWithProperty(RDF.type, res(GCM.GuidanceSourceType))
                .mapWith(Resource::getURI).toSet();
        assertEquals(individuals(), members);
        assertEquals(members, ontology.listObjectsOfProperty(scheme, ontology.createProperty(SKOS, "hasTopConcept"))
                .mapWith(n -> n.asResource().getURI()).toSet());
        for (String uri : members) {
            Resource concept = ontology.createResource(uri);
            assertTrue(ontology.contains(concept, RDF.type, ontology.createResource(SKOS + "Concept")), uri);
            assertTrue(ontology.contains(concept, inScheme, scheme), uri);
            assertEquals(1, englishLiterals(concept, prefLabel).size(), uri);
            // The notation is the segment Uris mints for the concept's guidance coverage.
            String label = concept.getRequiredProperty(prefLabel).getString();
            assertTrue(Uris.guidanceCoverage("quno-foundations-objective-23", 23, label)
                    .endsWith("/objective/23/" + concept.getRequiredProperty(notation).getString()), uri);
        }
        assertEquals("special-procedures", res(GCM.SpecialProcedures).getRequiredProperty(notation).getString());
        assertEquals("treaty-bodies", res(GCM.TreatyBodies).getRequiredProperty(notation).getString());
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
    void everyClassReadFromTheCorpusMustBeDerivedFromASourceDocument() {
        Property targetClass = shapesModel.createProperty(SHACL.targetClass.getURI());
        Resource shape = shapesModel.createResource(DERIVED_RESOURCE_SHAPE);
        Set<String> targets = shapesModel.listObjectsOfProperty(shape, targetClass)
                .mapWith(n -> n.asResource().getURI()).toSet();
        // Not read from the corpus: the documents themselves, and classes whose members the ontology defines.
        Set<String> expected = javaClasses.stream()
                .filter(uri -> !uri.equals(GCM.SourceDocument.getURI()))
                .filter(uri -> !ontology.listSubjectsWithProperty(RDF.type, ontology.createResource(uri)).hasNext())
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
        Resource mentionInShape = shapesModel.listObjectsOfProperty(mentionShape,
                        shapesModel.createProperty(SHACL.property.getURI()))
                .mapWith(RDFNode::asResource)
                .filterKeep(p -> p.hasProperty(path, mentionIn))
                .next();
        Set<String> mentionedIn = mentionInShape.getRequiredProperty(or).getList().asJavaList().stream()
                .map(alternative -> alternative.asResource().getRequiredProperty(cls).getResource().getURI())
                .collect(Collectors.toSet());
        Set<String> checked = shapesModel.listObjectsOfProperty(shapesModel.createResource(SHAPES
                        + "NamedEntitiesShape"), shapesModel.createProperty(SHACL.targetClass.getURI()))
                .mapWith(n -> n.asResource().getURI()).toSet();
        assertEquals(Set.of(GCM.Action, GCM.Example, GCM.Commitment, GCM.Statement, GCM.Guidance,
                GCM.Recommendation, GCM.Section, GCM.Citation).stream().map(Resource::getURI)
                .collect(Collectors.toSet()), mentionedIn);
        assertEquals(mentionedIn, checked);
    }

    @Test
    void validInstanceConforms() {
        Graph data = validInstance();
        ValidationReport report = validate(data);
        assertTrue(report.conforms(), () -> describe(report));
        assertEquals(0, report.getEntries().size());
        // What other documents legitimately add to resources the booklet mints is part of the valid instance:
        // a second derivation of objective 23, a theme that corresponds to objective 10, and an instrument that
        // only the ICMPD annex lists, so with neither gcm:listedIn nor gcm:year.
        Node derivedFrom = NodeFactory.createURI(PROV + "wasDerivedFrom");
        assertEquals(2, data.find(node(ID + "objective/23"), derivedFrom, Node.ANY).toList().size());
        assertTrue(data.contains(node(ID + "theme/icmpd-input-unsg-report/2"), GCM.correspondsTo.asNode(),
                node(ID + "objective/10")));
        Node instrument = node(ID + "instrument/united-nations-convention-against-transnational-organized-crime");
        assertFalse(data.contains(instrument, GCM.listedIn.asNode(), Node.ANY));
        assertFalse(data.contains(instrument, GCM.year.asNode(), Node.ANY));
        // Every class the QUNO, ICMPD and IOM documents and the entity links write has a member in it, so its shape
        // is exercised.
        for (Resource cls : List.of(GCM.Actor, GCM.UnDocument, GCM.Guidance, GCM.GuidanceCoverage, GCM.Theme,
                GCM.Commitment, GCM.ThemeMapping, GCM.Workshop, GCM.Chapter, GCM.Person, GCM.Statement,
                GCM.Recommendation, GCM.Mention, GCM.LegalInstrument, GCM.Example, GCM.Country)) {
            assertTrue(data.contains(Node.ANY, RDF.type.asNode(), cls.asNode()), cls.getLocalName());
        }
        // The example names Mexico and its government, a national actor that belongs to it; each link has a mention.
        Node mexico = node(ID + "country/MEX");
        Node government = node(ID + "actor/government-of-mexico");
        Node example = node(ID + "objective/4/example/3");
        assertTrue(data.contains(example, GCM.country.asNode(), mexico));
        assertTrue(data.contains(example, GCM.actor.asNode(), government));
        assertTrue(data.contains(government, GCM.country.asNode(), mexico));
        assertEquals(Set.of(mexico, government), data.find(Node.ANY, GCM.mentionIn.asNode(), example)
                .mapWith(t -> data.find(t.getSubject(), GCM.mentionOf.asNode(), Node.ANY).next().getObject())
                .toSet());
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

    @Test
    void statementWithoutAPageIsRejectedOnItsPassagesPage() {
        Graph data = validInstance();
        Node statement = node(ID + "statement/iom-idm-red-book-27/4");
        data.remove(node(ID + "source/iom-idm-red-book-27/passage/29287-29511"), GCM.page.asNode(), Node.ANY);

        ValidationReport report = validate(data);

        assertFalse(report.conforms());
        assertEquals(1, report.getEntries().size(), () -> describe(report));
        ReportEntry entry = report.getEntries().iterator().next();
        assertEquals(statement, entry.focusNode());
        assertEquals(PathFactory.pathSeq(PathFactory.pathLink(GCM.passage.asNode()),
                PathFactory.pathLink(GCM.page.asNode())), entry.resultPath());
        assertEquals(SHACL.MinCountConstraintComponent, entry.sourceConstraintComponent());
    }

    static Stream<Arguments> brokenInstances() {
        Node objective = node(ID + "objective/1");
        Node action = node(ID + "objective/1/action/a");
        Node passage = node(ID + "source/gcm-implementation-booklet/passage/10-12");
        Node target = node("http://metadata.un.org/sdg/10.7");
        Node guidance = node(ID + "guidance/quno-foundations-objective-23/1");
        Node coverage = node(ID + "guidance-coverage/quno-foundations-objective-23/objective/23/treaty-bodies");
        Node mapping = node(ID + "theme/icmpd-input-unsg-report/2/mapping/10");
        Node commitment = node(ID + "theme/icmpd-input-unsg-report/2/commitment/3");
        Node workshop = node(ID + "workshop/iom-idm-red-book-27/1");
        Node person = node(ID + "person/ahmed-hussen");
        Node statement = node(ID + "statement/iom-idm-red-book-27/4");
        Node iomPassage = node(ID + "source/iom-idm-red-book-27/passage/29287-29511");
        Node mexico = node(ID + "country/MEX");
        Node government = node(ID + "actor/government-of-mexico");
        Node countryMention = node(ID + "mention/gcm-implementation-booklet/country/45039-45045");
        Node instrument = node(ID + "instrument/united-nations-convention-against-transnational-organized-crime");
        Node exactMatch = NodeFactory.createURI(SKOS + "exactMatch");
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
                Arguments.of("two titles for an objective", (Consumer<Graph>) g -> g.add(Triple.create(
                        objective, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Data", "en"))),
                        objective, DCTerms.title.asNode(), SHACL.MaxCountConstraintComponent),
                Arguments.of("passage on page 0", replace(iomPassage, GCM.page.asNode(), integer(0)),
                        iomPassage, GCM.page.asNode(), SHACL.MinInclusiveConstraintComponent),
                Arguments.of("guidance without its UN document", remove(guidance, GCM.unDocument.asNode()),
                        guidance, GCM.unDocument.asNode(), SHACL.MinCountConstraintComponent),
                Arguments.of("guidance paragraph as printed", replace(guidance, GCM.paragraph.asNode(),
                        literal("para.63")), guidance, GCM.paragraph.asNode(), SHACL.PatternConstraintComponent),
                Arguments.of("guidance from an objective instead of a kind of body", replace(guidance,
                        GCM.sourceType.asNode(), node(ID + "objective/23")),
                        guidance, GCM.sourceType.asNode(), SHACL.ClassConstraintComponent),
                Arguments.of("coverage with a negative count", replace(coverage, GCM.guidanceCount.asNode(),
                        integer(-1)), coverage, GCM.guidanceCount.asNode(), SHACL.MinInclusiveConstraintComponent),
                Arguments.of("mapping without evidence", remove(mapping, GCM.evidence.asNode()),
                        mapping, GCM.evidence.asNode(), SHACL.MinCountConstraintComponent),
                Arguments.of("commitment without its theme", remove(commitment, GCM.theme.asNode()),
                        commitment, GCM.theme.asNode(), SHACL.MinCountConstraintComponent),
                Arguments.of("workshop ending before it starts", replace(workshop, GCM.endDate.asNode(),
                        NodeFactory.createLiteralDT("2017-04-17", XSDDatatype.XSDdate)),
                        workshop, GCM.startDate.asNode(), SHACL.LessThanOrEqualsConstraintComponent),
                Arguments.of("workshop date as a string", replace(workshop, GCM.startDate.asNode(),
                        literal("18 April 2017")), workshop, GCM.startDate.asNode(),
                        SHACL.DatatypeConstraintComponent),
                Arguments.of("person with two names", (Consumer<Graph>) g -> g.add(Triple.create(person,
                        RDFS.label.asNode(), NodeFactory.createLiteralLang("Mr Hussen", "en"))),
                        person, RDFS.label.asNode(), SHACL.MaxCountConstraintComponent),
                Arguments.of("statement without speaker", remove(statement, GCM.speaker.asNode()),
                        statement, GCM.speaker.asNode(), SHACL.MinCountConstraintComponent),
                Arguments.of("statement text without language", replace(statement, GCM.text.asNode(),
                        literal("as migration would always exist")), statement, GCM.text.asNode(),
                        SHACL.DatatypeConstraintComponent),
                Arguments.of("M49 code without its leading zero", replace(mexico, GCM.m49.asNode(), literal("84")),
                        mexico, GCM.m49.asNode(), SHACL.PatternConstraintComponent),
                Arguments.of("ISO3 code that is not the IRI's", replace(mexico, GCM.iso3.asNode(), literal("MEZ")),
                        mexico, GCM.iso3.asNode(), SHACL.SPARQLConstraintComponent),
                Arguments.of("UN geographic area of another M49 code", replace(mexico, exactMatch,
                        node("http://metadata.un.org/sdg/codes/geoArea/840")), mexico, exactMatch,
                        SHACL.SPARQLConstraintComponent),
                Arguments.of("country name without language", replace(mexico, RDFS.label.asNode(),
                        literal("Mexican")), mexico, RDFS.label.asNode(), SHACL.DatatypeConstraintComponent),
                Arguments.of("country mention of an example", replace(countryMention, GCM.mentionOf.asNode(),
                        node(ID + "objective/4/example/3")), countryMention, GCM.mentionOf.asNode(),
                        SHACL.OrConstraintComponent),
                Arguments.of("country mention of an actor", replace(countryMention, GCM.mentionOf.asNode(),
                        government), countryMention, GCM.mentionOf.asNode(), SHACL.SPARQLConstraintComponent),
                Arguments.of("mention that backs no link", (Consumer<Graph>) g -> g.delete(Triple.create(
                        node(ID + "objective/4/example/3"), GCM.country.asNode(), mexico)),
                        countryMention, GCM.mentionOf.asNode(), SHACL.SPARQLConstraintComponent),
                Arguments.of("actor belonging to an objective", replace(government, GCM.country.asNode(),
                        node(ID + "objective/4")), government, GCM.country.asNode(), SHACL.ClassConstraintComponent),
                Arguments.of("treaty id with a space", replace(instrument, GCM.treatyId.asNode(),
                        literal("XVIII 12")), instrument, GCM.treatyId.asNode(), SHACL.PatternConstraintComponent),
                Arguments.of("ILO code without its C", (Consumer<Graph>) g -> g.add(Triple.create(instrument,
                        GCM.iloCode.asNode(), literal("097"))), instrument, GCM.iloCode.asNode(),
                        SHACL.PatternConstraintComponent));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenInstances")
    void brokenInstanceIsRejectedForTheRightReason(String name, Consumer<Graph> breakIt, Node focus,
            Node path, Node component) {
        Graph data = validInstance();
        breakIt.accept(data);

        ValidationReport report = validate(data);

        assertFalse(report.conforms(), name);
        // Reported on that node and path only; a value of the wrong datatype may break more than one constraint.
        Collection<ReportEntry> entries = report.getEntries();
        assertEquals(Set.of(focus), entries.stream().map(ReportEntry::focusNode).collect(Collectors.toSet()),
                () -> describe(report));
        assertEquals(Set.of(path), entries.stream().map(e -> pathNode(e.resultPath())).collect(Collectors.toSet()),
                () -> describe(report));
        assertTrue(entries.stream().anyMatch(e -> component.equals(e.sourceConstraintComponent())),
                () -> "expected " + component.getLocalName() + " in\n" + describe(report));
    }

    // ---------------------------------------------------------------------------------------------
    // Helpers
    // ---------------------------------------------------------------------------------------------

    private static final String ID = GCM.ID;

    /**
     * A small graph of every kind of document, with real values and offsets from the corpus where it has them: from
     * the booklet, objectives 1, 4, 10 and 23, an action, an SDG target and goal, and example 3 of objective 4 with the
     * country (Mexico) and the national actor (its government) it names, their mentions and the actor's country; from
     * QUNO, one guidance for objective 23 with its mandate and UN document, and the coverage that says the Treaty
     * Bodies gave none; from ICMPD, theme 2 with a commitment naming the UNTOC, the instrument its annex lists and its
     * mapping to objective 10; from IOM, the first workshop, a chapter, a speaker, one of his statements and a
     * recommendation. Validated together with the ontology, as the served graph is, so that the two guidance source
     * types are in it.
     */
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
            @prefix org:     <http://www.w3.org/ns/org#> .
            @prefix foaf:    <http://xmlns.com/foaf/0.1/> .

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

            <https://w3id.org/gcm/id/objective/10> a gcm:Objective ;
                gcm:number 10 ;
                dcterms:title "Prevent, combat and eradicate trafficking in persons in the context of international migration"@en ;
                rdfs:label "Objective 10"@en ;
                gcm:sdgGoal sdg:10 ;
                prov:wasDerivedFrom <https://w3id.org/gcm/id/source/gcm-implementation-booklet> ;
                gcm:passage <https://w3id.org/gcm/id/source/gcm-implementation-booklet/passage/10-12> .

            # Objective 4 and its third example, which names Mexico and the Mexican government.
            <https://w3id.org/gcm/id/source/gcm-implementation-booklet/passage/40535-47250> a gcm:Passage ;
                gcm:sourceDocument <https://w3id.org/gcm/id/source/gcm-implementation-booklet> ;
                gcm:startLine 271 ; gcm:endLine 315 ;
                gcm:startOffset 40535 ; gcm:endOffset 47250 ;
                rdfs:label "gcm-implementation-booklet.txt lines 271-315"@en ;
                prov:wasDerivedFrom <https://w3id.org/gcm/id/source/gcm-implementation-booklet> .

            <https://w3id.org/gcm/id/source/gcm-implementation-booklet/passage/44931-45721> a gcm:Passage ;
                gcm:sourceDocument <https://w3id.org/gcm/id/source/gcm-implementation-booklet> ;
                gcm:startLine 289 ; gcm:endLine 289 ;
                gcm:startOffset 44931 ; gcm:endOffset 45721 ;
                rdfs:label "gcm-implementation-booklet.txt line 289"@en ;
                prov:wasDerivedFrom <https://w3id.org/gcm/id/source/gcm-implementation-booklet> .

            <https://w3id.org/gcm/id/source/gcm-implementation-booklet/passage/45996-46161> a gcm:Passage ;
                gcm:sourceDocument <https://w3id.org/gcm/id/source/gcm-implementation-booklet> ;
                gcm:startLine 295 ; gcm:endLine 295 ;
                gcm:startOffset 45996 ; gcm:endOffset 46161 ;
                rdfs:label "gcm-implementation-booklet.txt line 295"@en ;
                prov:wasDerivedFrom <https://w3id.org/gcm/id/source/gcm-implementation-booklet> .

            <https://w3id.org/gcm/id/source/gcm-implementation-booklet/passage/44982-45004> a gcm:Passage ;
                gcm:sourceDocument <https://w3id.org/gcm/id/source/gcm-implementation-booklet> ;
                gcm:startLine 289 ; gcm:endLine 289 ;
                gcm:startOffset 44982 ; gcm:endOffset 45004 ;
                rdfs:label "gcm-implementation-booklet.txt line 289"@en ;
                prov:wasDerivedFrom <https://w3id.org/gcm/id/source/gcm-implementation-booklet> .

            <https://w3id.org/gcm/id/source/gcm-implementation-booklet/passage/45039-45045> a gcm:Passage ;
                gcm:sourceDocument <https://w3id.org/gcm/id/source/gcm-implementation-booklet> ;
                gcm:startLine 289 ; gcm:endLine 289 ;
                gcm:startOffset 45039 ; gcm:endOffset 45045 ;
                rdfs:label "gcm-implementation-booklet.txt line 289"@en ;
                prov:wasDerivedFrom <https://w3id.org/gcm/id/source/gcm-implementation-booklet> .

            <https://w3id.org/gcm/id/objective/4> a gcm:Objective ;
                gcm:number 4 ;
                dcterms:title "Ensure that all migrants have proof of legal identity and adequate documentation"@en ;
                rdfs:label "Objective 4: Ensure that all migrants have proof of legal identity and adequate documentation"@en ;
                gcm:sdgGoal sdg:10 ;
                prov:wasDerivedFrom <https://w3id.org/gcm/id/source/gcm-implementation-booklet> ;
                gcm:passage <https://w3id.org/gcm/id/source/gcm-implementation-booklet/passage/40535-47250> .

            # A page break cuts the example in two, so it has two passages.
            <https://w3id.org/gcm/id/objective/4/example/3> a gcm:Example ;
                gcm:objective <https://w3id.org/gcm/id/objective/4> ;
                gcm:number 3 ;
                gcm:lead "The matrícula consular, an ID card issued by the Mexican government to Mexican citizens abroad, helps Mexico locate its nationals in emergency situations and is available to all Mexican national living in the US, including those who are undocumented."@en ;
                dcterms:description "The matrícula consular, an ID card issued by the Mexican government to Mexican citizens abroad, helps Mexico locate its nationals in emergency situations and is available to all Mexican national living in the US, including those who are undocumented."@en ;
                gcm:country <https://w3id.org/gcm/id/country/MEX> ;
                gcm:actor <https://w3id.org/gcm/id/actor/government-of-mexico> ;
                rdfs:label "Objective 4 example 3"@en ;
                prov:wasDerivedFrom <https://w3id.org/gcm/id/source/gcm-implementation-booklet> ;
                gcm:passage <https://w3id.org/gcm/id/source/gcm-implementation-booklet/passage/44931-45721> ,
                    <https://w3id.org/gcm/id/source/gcm-implementation-booklet/passage/45996-46161> .

            <https://w3id.org/gcm/id/country/MEX> a gcm:Country ;
                gcm:iso3 "MEX" ;
                gcm:m49 "484" ;
                rdfs:label "Mexico"@en ;
                skos:altLabel "United Mexican States"@en ;
                skos:exactMatch <http://metadata.un.org/sdg/codes/geoArea/484> ;
                dcterms:source "UN Statistics Division, Standard country or area codes for statistical use (M49)" ;
                prov:wasDerivedFrom <https://w3id.org/gcm/id/source/gcm-implementation-booklet> ;
                gcm:passage <https://w3id.org/gcm/id/source/gcm-implementation-booklet/passage/45039-45045> .

            <https://w3id.org/gcm/id/actor/government-of-mexico> a gcm:Actor , org:FormalOrganization , org:Organization ,
                    foaf:Organization ;
                rdfs:label "Government of Mexico"@en ;
                gcm:country <https://w3id.org/gcm/id/country/MEX> ;
                prov:wasDerivedFrom <https://w3id.org/gcm/id/source/gcm-implementation-booklet> ;
                gcm:passage <https://w3id.org/gcm/id/source/gcm-implementation-booklet/passage/44982-45004> .

            <https://w3id.org/gcm/id/mention/gcm-implementation-booklet/country/45039-45045> a gcm:Mention ;
                gcm:mentionIn <https://w3id.org/gcm/id/objective/4/example/3> ;
                gcm:mentionOf <https://w3id.org/gcm/id/country/MEX> ;
                gcm:matchedText "Mexico" ;
                gcm:startOffset 45039 ; gcm:endOffset 45045 ;
                rdfs:label "“Mexico” in Objective 4 example 3"@en ;
                prov:wasDerivedFrom <https://w3id.org/gcm/id/source/gcm-implementation-booklet> .

            <https://w3id.org/gcm/id/mention/gcm-implementation-booklet/actor/44982-45004> a gcm:Mention ;
                gcm:mentionIn <https://w3id.org/gcm/id/objective/4/example/3> ;
                gcm:mentionOf <https://w3id.org/gcm/id/actor/government-of-mexico> ;
                gcm:matchedText "the Mexican government" ;
                gcm:startOffset 44982 ; gcm:endOffset 45004 ;
                rdfs:label "“the Mexican government” in Objective 4 example 3"@en ;
                prov:wasDerivedFrom <https://w3id.org/gcm/id/source/gcm-implementation-booklet> .

            # Objective 23, restated by QUNO, which says so with its own derivation and passage.
            <https://w3id.org/gcm/id/objective/23> a gcm:Objective ;
                gcm:number 23 ;
                dcterms:title "Strengthen international cooperation and global partnerships for safe, orderly and regular migration"@en ;
                rdfs:label "Objective 23"@en ;
                gcm:sdgGoal sdg:10 ;
                prov:wasDerivedFrom <https://w3id.org/gcm/id/source/gcm-implementation-booklet> ,
                    <https://w3id.org/gcm/id/source/quno-foundations-objective-23> ;
                gcm:passage <https://w3id.org/gcm/id/source/gcm-implementation-booklet/passage/10-12> ,
                    <https://w3id.org/gcm/id/source/quno-foundations-objective-23/passage/1746-2035> .

            # QUNO: one guidance of a Special Procedure for objective 23, and none from the Treaty Bodies.
            <https://w3id.org/gcm/id/source/quno-foundations-objective-23> a gcm:SourceDocument ;
                gcm:fileName "quno-foundations-objective-23.txt" ;
                dcterms:title "Foundations for Implementation"@en ;
                dcterms:publisher "Quaker United Nations Office (QUNO)" ;
                rdfs:label "Foundations for Implementation"@en .

            <https://w3id.org/gcm/id/source/quno-foundations-objective-23/passage/1746-2035> a gcm:Passage ;
                gcm:sourceDocument <https://w3id.org/gcm/id/source/quno-foundations-objective-23> ;
                gcm:startLine 24 ; gcm:endLine 24 ;
                gcm:startOffset 1746 ; gcm:endOffset 2035 ;
                rdfs:label "quno-foundations-objective-23.txt line 24"@en ;
                prov:wasDerivedFrom <https://w3id.org/gcm/id/source/quno-foundations-objective-23> .

            <https://w3id.org/gcm/id/source/quno-foundations-objective-23/passage/2745-2825> a gcm:Passage ;
                gcm:sourceDocument <https://w3id.org/gcm/id/source/quno-foundations-objective-23> ;
                gcm:startLine 29 ; gcm:endLine 29 ;
                gcm:startOffset 2745 ; gcm:endOffset 2825 ;
                rdfs:label "quno-foundations-objective-23.txt line 29"@en ;
                prov:wasDerivedFrom <https://w3id.org/gcm/id/source/quno-foundations-objective-23> .

            <https://w3id.org/gcm/id/actor/special-rapporteur-on-the-human-rights-of-migrants> a gcm:Actor ;
                rdfs:label "Special Rapporteur on the human rights of migrants"@en ;
                prov:wasDerivedFrom <https://w3id.org/gcm/id/source/quno-foundations-objective-23> ;
                gcm:passage <https://w3id.org/gcm/id/source/quno-foundations-objective-23/passage/1746-2035> .

            <https://w3id.org/gcm/id/un-document/A/59/377> a gcm:UnDocument ;
                gcm:symbol "A/59/377" ;
                rdfs:seeAlso <https://undocs.org/en/A/59/377> ;
                rdfs:label "A/59/377"@en ;
                prov:wasDerivedFrom <https://w3id.org/gcm/id/source/quno-foundations-objective-23> ;
                gcm:passage <https://w3id.org/gcm/id/source/quno-foundations-objective-23/passage/1746-2035> .

            <https://w3id.org/gcm/id/guidance/quno-foundations-objective-23/1> a gcm:Guidance ;
                gcm:objective <https://w3id.org/gcm/id/objective/23> ;
                gcm:sourceType gcm:SpecialProcedures ;
                gcm:issuedBy <https://w3id.org/gcm/id/actor/special-rapporteur-on-the-human-rights-of-migrants> ;
                gcm:year 2004 ;
                gcm:unDocument <https://w3id.org/gcm/id/un-document/A/59/377> ;
                gcm:paragraph "63" ;
                gcm:text "The Special Rapporteur proposes a form of migration management that is stronger from a human rights perspective and based on the shared responsibility of States to fulfil their obligations towards migrants"@en ;
                rdfs:label "Special Rapporteur on the human rights of migrants (2004), A/59/377, para. 63"@en ;
                prov:wasDerivedFrom <https://w3id.org/gcm/id/source/quno-foundations-objective-23> ;
                gcm:passage <https://w3id.org/gcm/id/source/quno-foundations-objective-23/passage/1746-2035> .

            <https://w3id.org/gcm/id/guidance-coverage/quno-foundations-objective-23/objective/23/treaty-bodies> a gcm:GuidanceCoverage ;
                gcm:objective <https://w3id.org/gcm/id/objective/23> ;
                gcm:sourceType gcm:TreatyBodies ;
                gcm:guidanceCount 0 ;
                gcm:text "There is currently no explicit guidance from the Treaty Bodies on this objective"@en ;
                rdfs:label "Guidance from Treaty Bodies for objective 23"@en ;
                prov:wasDerivedFrom <https://w3id.org/gcm/id/source/quno-foundations-objective-23> ;
                gcm:passage <https://w3id.org/gcm/id/source/quno-foundations-objective-23/passage/2745-2825> .

            # ICMPD: theme 2, its third commitment (which names the UNTOC), its annex framework, its mapping.
            <https://w3id.org/gcm/id/source/icmpd-input-unsg-report> a gcm:SourceDocument ;
                gcm:fileName "icmpd-input-unsg-report.txt" ;
                dcterms:title "Input to the UNSG's report on the Global Compact for Safe, Orderly and Regular Migration"@en ;
                dcterms:publisher "International Centre for Migration Policy Development (ICMPD)" ;
                rdfs:label "ICMPD input to the UNSG's report"@en .

            <https://w3id.org/gcm/id/source/icmpd-input-unsg-report/passage/4430-4513> a gcm:Passage ;
                gcm:sourceDocument <https://w3id.org/gcm/id/source/icmpd-input-unsg-report> ;
                gcm:startLine 30 ; gcm:endLine 30 ;
                gcm:startOffset 4430 ; gcm:endOffset 4513 ;
                rdfs:label "icmpd-input-unsg-report.txt line 30"@en ;
                prov:wasDerivedFrom <https://w3id.org/gcm/id/source/icmpd-input-unsg-report> .

            <https://w3id.org/gcm/id/source/icmpd-input-unsg-report/passage/6200-6344> a gcm:Passage ;
                gcm:sourceDocument <https://w3id.org/gcm/id/source/icmpd-input-unsg-report> ;
                gcm:startLine 36 ; gcm:endLine 36 ;
                gcm:startOffset 6200 ; gcm:endOffset 6344 ;
                rdfs:label "icmpd-input-unsg-report.txt line 36"@en ;
                prov:wasDerivedFrom <https://w3id.org/gcm/id/source/icmpd-input-unsg-report> .

            <https://w3id.org/gcm/id/source/icmpd-input-unsg-report/passage/22046-22125> a gcm:Passage ;
                gcm:sourceDocument <https://w3id.org/gcm/id/source/icmpd-input-unsg-report> ;
                gcm:startLine 117 ; gcm:endLine 117 ;
                gcm:startOffset 22046 ; gcm:endOffset 22125 ;
                rdfs:label "icmpd-input-unsg-report.txt line 117"@en ;
                prov:wasDerivedFrom <https://w3id.org/gcm/id/source/icmpd-input-unsg-report> .

            <https://w3id.org/gcm/id/instrument/united-nations-convention-against-transnational-organized-crime> a gcm:LegalInstrument ;
                rdfs:label "United Nations Convention against Transnational Organized Crime"@en ;
                skos:altLabel "UNTOC" ;
                gcm:treatyId "XVIII-12" ;
                prov:wasDerivedFrom <https://w3id.org/gcm/id/source/icmpd-input-unsg-report> ;
                gcm:passage <https://w3id.org/gcm/id/source/icmpd-input-unsg-report/passage/22046-22125> .

            <https://w3id.org/gcm/id/theme/icmpd-input-unsg-report/2> a gcm:Theme ;
                gcm:number 2 ;
                dcterms:title "Reduce irregular migration and migrant smuggling, and end trafficking in persons"@en ;
                gcm:relevantFramework <https://w3id.org/gcm/id/instrument/united-nations-convention-against-transnational-organized-crime> ;
                gcm:correspondsTo <https://w3id.org/gcm/id/objective/10> ;
                rdfs:label "ICMPD theme 2: Reduce irregular migration and migrant smuggling, and end trafficking in persons"@en ;
                prov:wasDerivedFrom <https://w3id.org/gcm/id/source/icmpd-input-unsg-report> ;
                gcm:passage <https://w3id.org/gcm/id/source/icmpd-input-unsg-report/passage/4430-4513> .

            <https://w3id.org/gcm/id/theme/icmpd-input-unsg-report/2/commitment/3> a gcm:Commitment ;
                gcm:theme <https://w3id.org/gcm/id/theme/icmpd-input-unsg-report/2> ;
                gcm:number 3 ;
                dcterms:description "Ensure that national legislation is in line with the UNTOC (and its SOM and TIP Protocols) and improve the implementation of these frameworks."@en ;
                gcm:mentions <https://w3id.org/gcm/id/instrument/united-nations-convention-against-transnational-organized-crime> ;
                rdfs:label "ICMPD theme 2, commitment 3"@en ;
                prov:wasDerivedFrom <https://w3id.org/gcm/id/source/icmpd-input-unsg-report> ;
                gcm:passage <https://w3id.org/gcm/id/source/icmpd-input-unsg-report/passage/6200-6344> .

            <https://w3id.org/gcm/id/mention/icmpd-input-unsg-report/instrument/6255-6260> a gcm:Mention ;
                gcm:mentionIn <https://w3id.org/gcm/id/theme/icmpd-input-unsg-report/2/commitment/3> ;
                gcm:mentionOf <https://w3id.org/gcm/id/instrument/united-nations-convention-against-transnational-organized-crime> ;
                gcm:matchedText "UNTOC" ;
                gcm:startOffset 6255 ; gcm:endOffset 6260 ;
                rdfs:label "“UNTOC” in ICMPD theme 2, commitment 3"@en ;
                prov:wasDerivedFrom <https://w3id.org/gcm/id/source/icmpd-input-unsg-report> .

            <https://w3id.org/gcm/id/theme/icmpd-input-unsg-report/2/mapping/10> a gcm:ThemeMapping ;
                gcm:mappedTheme <https://w3id.org/gcm/id/theme/icmpd-input-unsg-report/2> ;
                gcm:mappedObjective <https://w3id.org/gcm/id/objective/10> ;
                gcm:evidence "including the eradication of trafficking in persons"@en ,
                    "Prevent, combat and eradicate trafficking in persons"@en ;
                dcterms:description "Curated by hand in a crosswalk; each quote is checked against its text when the graph is built."@en ;
                rdfs:label "ICMPD theme 2 corresponds to objective 10"@en ;
                prov:wasDerivedFrom <https://w3id.org/gcm/id/source/icmpd-input-unsg-report> ;
                gcm:passage <https://w3id.org/gcm/id/source/icmpd-input-unsg-report/passage/4430-4513> .

            # IOM: the first workshop, the introduction, a speaker at it and what he said, and a recommendation.
            <https://w3id.org/gcm/id/source/iom-idm-red-book-27> a gcm:SourceDocument ;
                gcm:fileName "iom-idm-red-book-27.txt" ;
                dcterms:title "International Dialogue on Migration No. 27"@en ;
                dcterms:publisher "International Organization for Migration (IOM)" ;
                rdfs:label "International Dialogue on Migration No. 27"@en .

            <https://w3id.org/gcm/id/source/iom-idm-red-book-27/passage/4879-4942> a gcm:Passage ;
                gcm:sourceDocument <https://w3id.org/gcm/id/source/iom-idm-red-book-27> ;
                gcm:startLine 20 ; gcm:endLine 20 ;
                gcm:startOffset 4879 ; gcm:endOffset 4942 ;
                gcm:page 6 ;
                rdfs:label "iom-idm-red-book-27.txt line 20"@en ;
                prov:wasDerivedFrom <https://w3id.org/gcm/id/source/iom-idm-red-book-27> .

            <https://w3id.org/gcm/id/source/iom-idm-red-book-27/passage/12583-12632> a gcm:Passage ;
                gcm:sourceDocument <https://w3id.org/gcm/id/source/iom-idm-red-book-27> ;
                gcm:startLine 34 ; gcm:endLine 34 ;
                gcm:startOffset 12583 ; gcm:endOffset 12632 ;
                gcm:page 13 ;
                rdfs:label "iom-idm-red-book-27.txt line 34"@en ;
                prov:wasDerivedFrom <https://w3id.org/gcm/id/source/iom-idm-red-book-27> .

            <https://w3id.org/gcm/id/source/iom-idm-red-book-27/passage/12683-12695> a gcm:Passage ;
                gcm:sourceDocument <https://w3id.org/gcm/id/source/iom-idm-red-book-27> ;
                gcm:startLine 38 ; gcm:endLine 38 ;
                gcm:startOffset 12683 ; gcm:endOffset 12695 ;
                gcm:page 15 ;
                rdfs:label "iom-idm-red-book-27.txt line 38"@en ;
                prov:wasDerivedFrom <https://w3id.org/gcm/id/source/iom-idm-red-book-27> .

            <https://w3id.org/gcm/id/source/iom-idm-red-book-27/passage/29287-29511> a gcm:Passage ;
                gcm:sourceDocument <https://w3id.org/gcm/id/source/iom-idm-red-book-27> ;
                gcm:startLine 54 ; gcm:endLine 54 ;
                gcm:startOffset 29287 ; gcm:endOffset 29511 ;
                gcm:page 23 ;
                rdfs:label "iom-idm-red-book-27.txt line 54"@en ;
                prov:wasDerivedFrom <https://w3id.org/gcm/id/source/iom-idm-red-book-27> .

            <https://w3id.org/gcm/id/source/iom-idm-red-book-27/passage/20738-21015> a gcm:Passage ;
                gcm:sourceDocument <https://w3id.org/gcm/id/source/iom-idm-red-book-27> ;
                gcm:startLine 46 ; gcm:endLine 46 ;
                gcm:startOffset 20738 ; gcm:endOffset 21015 ;
                gcm:page 19 ;
                rdfs:label "iom-idm-red-book-27.txt line 46"@en ;
                prov:wasDerivedFrom <https://w3id.org/gcm/id/source/iom-idm-red-book-27> .

            <https://w3id.org/gcm/id/workshop/iom-idm-red-book-27/1> a gcm:Workshop ;
                rdfs:label "IDM workshop 1, United Nations Headquarters, New York, 18–19 April 2017"@en ;
                gcm:number 1 ;
                gcm:place "United Nations Headquarters, New York"@en ;
                gcm:startDate "2017-04-18"^^xsd:date ;
                gcm:endDate "2017-04-19"^^xsd:date ;
                prov:wasDerivedFrom <https://w3id.org/gcm/id/source/iom-idm-red-book-27> ;
                gcm:passage <https://w3id.org/gcm/id/source/iom-idm-red-book-27/passage/4879-4942> ,
                    <https://w3id.org/gcm/id/source/iom-idm-red-book-27/passage/12583-12632> .

            <https://w3id.org/gcm/id/chapter/iom-idm-red-book-27/1> a gcm:Chapter ;
                dcterms:title "Introduction"@en ;
                gcm:number 1 ;
                dcterms:isPartOf <https://w3id.org/gcm/id/source/iom-idm-red-book-27> ;
                rdfs:label "Introduction"@en ;
                prov:wasDerivedFrom <https://w3id.org/gcm/id/source/iom-idm-red-book-27> ;
                gcm:passage <https://w3id.org/gcm/id/source/iom-idm-red-book-27/passage/12683-12695> .

            <https://w3id.org/gcm/id/person/ahmed-hussen> a gcm:Person ;
                rdfs:label "Ahmed Hussen"@en ;
                gcm:role "Minister of Immigration, Refugees and Citizenship"@en ;
                gcm:countryName "Canada"@en ;
                gcm:workshop <https://w3id.org/gcm/id/workshop/iom-idm-red-book-27/1> ;
                prov:wasDerivedFrom <https://w3id.org/gcm/id/source/iom-idm-red-book-27> ;
                gcm:passage <https://w3id.org/gcm/id/source/iom-idm-red-book-27/passage/29287-29511> .

            <https://w3id.org/gcm/id/statement/iom-idm-red-book-27/4> a gcm:Statement ;
                gcm:number 4 ;
                gcm:speaker <https://w3id.org/gcm/id/person/ahmed-hussen> ;
                gcm:text "Ahmed Hussen (Minister of Immigration, Refugees and Citizenship, Canada), for example, emphasized that, as migration would always exist, it was essential that it be planned, well-managed and comprise robust regular pathways."@en ;
                gcm:chapter <https://w3id.org/gcm/id/chapter/iom-idm-red-book-27/1> ;
                gcm:workshop <https://w3id.org/gcm/id/workshop/iom-idm-red-book-27/1> ;
                rdfs:label "Statement of Ahmed Hussen, page 23"@en ;
                prov:wasDerivedFrom <https://w3id.org/gcm/id/source/iom-idm-red-book-27> ;
                gcm:passage <https://w3id.org/gcm/id/source/iom-idm-red-book-27/passage/29287-29511> .

            <https://w3id.org/gcm/id/recommendation/iom-idm-red-book-27/1> a gcm:Recommendation ;
                gcm:number 1 ;
                gcm:text "Many speakers echoed that point, suggesting that the global compact should build on and implement the existing normative framework, in particular the goals and targets set forth in the 2030 Agenda for Sustainable Development, the New York Declaration and the Sutherland Report."@en ;
                gcm:chapter <https://w3id.org/gcm/id/chapter/iom-idm-red-book-27/1> ;
                rdfs:label "Recommendation 1: Many speakers echoed that point…"@en ;
                prov:wasDerivedFrom <https://w3id.org/gcm/id/source/iom-idm-red-book-27> ;
                gcm:passage <https://w3id.org/gcm/id/source/iom-idm-red-book-27/passage/20738-21015> .
            """;

    private static Graph validInstance() {
        Graph data = RDFParser.fromString(VALID_INSTANCE, Lang.TURTLE).toGraph();
        ontology.getGraph().find().forEachRemaining(data::add);
        return data;
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

    /** The Resource constants of {@link GCM} that are not classes. */
    private static Set<String> individuals() {
        return javaTerms.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey)
                .filter(uri -> !javaClasses.contains(uri))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> declaredGcmTerms() {
        Set<String> declared = new TreeSet<>();
        for (Resource type : List.of(OWL2.Class, OWL2.ObjectProperty, OWL2.DatatypeProperty,
                OWL2.AnnotationProperty, OWL2.NamedIndividual, RDF.Property, RDFS.Class)) {
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

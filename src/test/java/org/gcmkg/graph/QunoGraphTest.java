package org.gcmkg.graph;

import static org.gcmkg.graph.OneValue.one;
import static org.gcmkg.graph.OneValue.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.gcmkg.CorpusGraph;
import org.gcmkg.corpus.Corpus;
import org.gcmkg.extract.quno.QunoExtractor;
import org.gcmkg.extract.quno.QunoSheet;
import org.gcmkg.kind.booklet.BookletUris;
import org.gcmkg.kind.quno.QunoUris;
import org.junit.jupiter.api.Test;

/**
 * The QUNO sheet for objective 23 in the graph built from data/corpus, read from its named graph so that what other
 * documents say of the same actors and UN documents does not blur it.
 */
class QunoGraphTest {
    static final String STEM = "quno-foundations-objective-23";

    static final Dataset dataset = CorpusGraph.get();
    static final Model graph = dataset.getDefaultModel();
    static final Model sheet = dataset.getNamedModel(Uris.graph(STEM));

    static long integer(Resource r, Property p) {
        Literal l = one(r, p).getLiteral();
        assertEquals(XSDDatatype.XSDinteger.getURI(), l.getDatatypeURI(), r + " " + p + " is an xsd:integer");
        return l.getLong();
    }

    static String string(Resource r, Property p) {
        Literal l = one(r, p).getLiteral();
        assertEquals(XSDDatatype.XSDstring.getURI(), l.getDatatypeURI(), r + " " + p + " is a plain string");
        return l.getLexicalForm();
    }

    /** The passage's lines and offsets: start line, end line, start offset, end offset. */
    static List<Long> passage(Resource r) {
        Resource p = one(r, GCM.passage).getResource();
        return List.of(
                integer(p, GCM.startLine),
                integer(p, GCM.endLine),
                integer(p, GCM.startOffset),
                integer(p, GCM.endOffset));
    }

    static Resource guidance(int k) {
        return sheet.getResource(QunoUris.guidance(STEM, k));
    }

    @Test
    void writesEachRowOfGuidanceWithItsMandateDocumentAndParagraph() {
        assertEquals(
                Set.of(QunoUris.guidance(STEM, 1), QunoUris.guidance(STEM, 2)),
                Set.copyOf(sheet.listSubjectsWithProperty(RDF.type, GCM.Guidance)
                        .mapWith(Resource::getURI)
                        .toList()));

        Resource first = guidance(1);
        assertEquals(
                "Guidance of the Special Rapporteur on the human rights of migrants (2004), A/59/377 para. 63",
                text(first, RDFS.label));
        assertEquals(
                BookletUris.objective(23),
                one(first, GCM.objective).getResource().getURI());
        assertEquals(GCM.SpecialProcedures, one(first, GCM.sourceType).getResource());
        assertEquals(2004, integer(first, GCM.year));
        assertEquals("63", string(first, GCM.paragraph));
        assertTrue(text(first, GCM.text).startsWith("The Special Rapporteur proposes a form of migration management"));
        assertEquals(List.of(24L, 24L, 1746L, 2035L), passage(first));

        Resource rapporteur = one(first, GCM.issuedBy).getResource();
        assertEquals(
                "https://w3id.org/gcm/id/actor/special-rapporteur-on-the-human-rights-of-migrants",
                rapporteur.getURI());
        assertTrue(rapporteur.hasProperty(RDF.type, GCM.Actor));
        assertEquals("Special Rapporteur on the human rights of migrants", text(rapporteur, RDFS.label));

        Resource report = one(first, GCM.unDocument).getResource();
        assertEquals("https://w3id.org/gcm/id/un-document/A/59/377", report.getURI());
        assertTrue(report.hasProperty(RDF.type, GCM.UnDocument));
        assertEquals("A/59/377", string(report, GCM.symbol));
        assertEquals("A/59/377", text(report, RDFS.label));
        assertEquals(
                "https://undocs.org/en/A/59/377",
                one(report, RDFS.seeAlso).getResource().getURI());

        Resource second = guidance(2);
        assertEquals(
                "Guidance of the Independent Expert on human rights and international solidarity (2018), "
                        + "A/73/206 para. 50(b)",
                text(second, RDFS.label));
        assertEquals(2018, integer(second, GCM.year));
        assertEquals("50(b)", string(second, GCM.paragraph));
        assertTrue(text(second, GCM.text).endsWith("and advance global integration, development and justice;"));
        assertEquals(
                "https://w3id.org/gcm/id/actor/independent-expert-on-human-rights-and-international-solidarity",
                one(second, GCM.issuedBy).getResource().getURI());
        assertEquals(
                "https://w3id.org/gcm/id/un-document/A/73/206",
                one(second, GCM.unDocument).getResource().getURI());
        assertEquals(List.of(25L, 25L, 2036L, 2714L), passage(second));
    }

    @Test
    void saysHowMuchGuidanceEachKindOfBodyGaveSoThatNoneIsNotMissing() {
        Resource special = sheet.getResource(QunoUris.guidanceCoverage(STEM, 23, "special procedures"));
        assertEquals(
                "https://w3id.org/gcm/id/guidance-coverage/" + STEM + "/objective/23/special-procedures",
                special.getURI());
        assertTrue(special.hasProperty(RDF.type, GCM.GuidanceCoverage));
        assertEquals(2, integer(special, GCM.guidanceCount));
        assertEquals(GCM.SpecialProcedures, one(special, GCM.sourceType).getResource());
        assertEquals(
                BookletUris.objective(23),
                one(special, GCM.objective).getResource().getURI());
        assertFalse(special.hasProperty(GCM.text));
        assertEquals(
                "Guidance from Special Procedures on Objective 23 in Foundations for Implementation: 2",
                text(special, RDFS.label));
        assertEquals(List.of(20L, 25L, 1011L, 2714L), passage(special));

        Resource treaty = sheet.getResource(QunoUris.guidanceCoverage(STEM, 23, "treaty bodies"));
        assertTrue(treaty.hasProperty(RDF.type, GCM.GuidanceCoverage));
        assertEquals(0, integer(treaty, GCM.guidanceCount));
        assertEquals(GCM.TreatyBodies, one(treaty, GCM.sourceType).getResource());
        assertEquals(
                "There is currently no explicit guidance from the Treaty Bodies on this objective",
                text(treaty, GCM.text));
        assertEquals(List.of(27L, 29L, 2716L, 2825L), passage(treaty));
        assertEquals(
                2,
                sheet.listSubjectsWithProperty(RDF.type, GCM.GuidanceCoverage)
                        .toList()
                        .size());
    }

    @Test
    void pointsToTheBookletsObjectiveWithoutDescribingIt() {
        Resource objective = sheet.getResource(BookletUris.objective(23));
        assertFalse(sheet.listStatements(objective, null, (RDFNode) null).hasNext());
        // The objective the sheet names is the booklet's objective 23, title and all.
        QunoSheet read = new QunoExtractor().extract(Corpus.read(Path.of("data/corpus", STEM + ".txt")));
        assertEquals(read.objectiveTitle(), text(graph.getResource(BookletUris.objective(23)), DCTerms.title));
    }

    @Test
    void describesTheDocumentAndKeepsItsIntroductionButNotItsContactBlock() {
        Resource document = sheet.getResource(Uris.source(STEM));
        assertEquals("Foundations for Implementation: Objective 23", text(document, DCTerms.title));
        assertEquals(
                "Quaker United Nations Office (QUNO)",
                one(document, DCTerms.publisher).getString());
        assertEquals(
                "quno-foundations-objective-23.txt", one(document, GCM.fileName).getString());

        Set<String> sections = new TreeSet<>();
        sheet.listSubjectsWithProperty(RDF.type, GCM.Section).forEach(s -> sections.add(s.getURI()));
        assertEquals(
                Set.of(
                        Uris.section(STEM, "Foundations for Implementation"),
                        Uris.section(STEM, "What This Reference Tool Contains")),
                sections);
        Resource contains = sheet.getResource(Uris.section(STEM, "What This Reference Tool Contains"));
        assertTrue(text(contains, GCM.text)
                .startsWith("This compilation draws on recommendations from:\n- Special Procedure"));
        assertEquals(document, one(contains, DCTerms.isPartOf).getResource());
        assertEquals(List.of(9L, 16L, 363L, 893L), passage(contains));
        assertFalse(sheet.listStatements().toList().stream()
                .anyMatch(s -> s.getObject().isLiteral() && s.getString().contains("QUNO offices")));
    }

    @Test
    void everyResourceHasALabelItsDocumentAndAPassage() {
        assertEquals(List.of(), Unlabelled.in(sheet));
        Resource document = sheet.getResource(Uris.source(STEM));
        for (Resource type :
                List.of(GCM.Guidance, GCM.GuidanceCoverage, GCM.Actor, GCM.UnDocument, GCM.Section, GCM.Passage)) {
            List<Resource> typed =
                    sheet.listSubjectsWithProperty(RDF.type, type).toList();
            assertFalse(typed.isEmpty(), "some " + type);
            for (Resource r : typed) {
                assertEquals(
                        List.of(document),
                        r.listProperties(PROV.wasDerivedFrom)
                                .mapWith(Statement::getResource)
                                .toList(),
                        r.toString());
                if (!type.equals(GCM.Passage)) {
                    assertTrue(r.hasProperty(GCM.passage), r + " has a passage");
                }
            }
        }
        // Two guidance rows, two coverage records, two actors, two UN documents, two sections, each with its passage.
        assertEquals(
                2 + 2 + 2 + 2 + 2,
                sheet.listSubjectsWithProperty(GCM.passage).toList().size());
    }
}

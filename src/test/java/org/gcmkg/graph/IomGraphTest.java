package org.gcmkg.graph;

import static org.gcmkg.graph.OneValue.one;
import static org.gcmkg.graph.OneValue.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.gcmkg.CorpusGraph;
import org.gcmkg.kind.iom.IomUris;
import org.junit.jupiter.api.Test;

/** The IDM report No. 27 in the graph built from data/corpus, read from its named graph. */
class IomGraphTest {
    /** The UN documents the scraped list after the report (page 87) cites by symbol, as grep finds them after line 182. */
    static final Set<String> SCRAPED_LIST_SYMBOLS = Set.of(
            "A/HRC/RES/35/17",
            "A/RES/67/172",
            "A/RES/71/280",
            "A/64/433",
            "A/RES/64/139",
            "E/2016/L.24",
            "E/ESCAP/GCM/PREP/L.1/Rev.1");

    static final String STEM = "iom-idm-red-book-27";
    /** Where page 87, the report's last page, ends (line 182). */
    static final int REPORT_END = 156013;

    static final Dataset dataset = CorpusGraph.get();
    static final Model report = dataset.getNamedModel(Uris.graph(STEM));

    static int count(Resource type) {
        return report.listSubjectsWithProperty(RDF.type, type).toList().size();
    }

    static Set<String> texts(Resource r, Property p) {
        Set<String> values = new TreeSet<>();
        r.listProperties(p).forEach(s -> {
            assertEquals("en", s.getLiteral().getLanguage(), r + " " + p + " is English");
            values.add(s.getString());
        });
        return values;
    }

    static List<Integer> pages(Resource r) {
        return r.listProperties(GCM.passage).toList().stream()
                .map(s -> s.getResource().getProperty(GCM.page).getInt())
                .sorted()
                .toList();
    }

    @Test
    void holdsTheResourcesOfTheReport() {
        assertEquals(2, count(GCM.Workshop));
        assertEquals(7, count(GCM.Chapter));
        assertEquals(64, count(GCM.Person));
        assertEquals(119, count(GCM.Statement));
        assertEquals(39, count(GCM.Recommendation));
        assertEquals(
                "International Organization for Migration (IOM)",
                report.getResource(Uris.source(STEM))
                        .getProperty(DCTerms.publisher)
                        .getString());
    }

    @Test
    void writesTheWorkshopsWithPlacesAndDates() {
        Resource newYork = report.getResource(IomUris.workshop(STEM, 1));
        assertEquals("United Nations Headquarters, New York", text(newYork, GCM.place));
        Literal start = one(newYork, GCM.startDate).getLiteral();
        assertEquals(XSDDatatype.XSDdate.getURI(), start.getDatatypeURI());
        assertEquals("2017-04-18", start.getLexicalForm());
        assertEquals("2017-04-19", one(newYork, GCM.endDate).getLiteral().getLexicalForm());
        assertEquals(
                "IDM workshop 1, United Nations Headquarters, New York, 18–19 April 2017", text(newYork, RDFS.label));
        assertEquals(List.of(6, 13), pages(newYork));
        Resource geneva = report.getResource(IomUris.workshop(STEM, 2));
        assertEquals("Palais des Nations, Geneva", text(geneva, GCM.place));
        assertEquals("2017-07-18", one(geneva, GCM.startDate).getLiteral().getLexicalForm());
        assertEquals("2017-07-19", one(geneva, GCM.endDate).getLiteral().getLexicalForm());
    }

    @Test
    void writesTheChaptersWithTheirPages() {
        Resource chapter = report.getResource(IomUris.chapter(STEM, 2));
        assertEquals("The global compact: A historic opportunity", text(chapter, DCTerms.title));
        assertEquals(2, one(chapter, GCM.number).getInt());
        assertEquals(
                Uris.source(STEM), one(chapter, DCTerms.isPartOf).getResource().getURI());
        assertEquals(List.of(25, 26, 27, 28, 29, 30), pages(chapter));
        assertEquals(List.of(87), pages(report.getResource(IomUris.chapter(STEM, 7))));
    }

    @Test
    void writesOnePersonPerSpeakerWithEveryRoleAndCountry() {
        Resource hobart = report.getResource(IomUris.person("Edward Hobart"));
        assertEquals("Edward Hobart", text(hobart, RDFS.label));
        assertEquals(Set.of("Migration Envoy"), texts(hobart, GCM.role));
        assertEquals(
                Set.of("Europe Directorate, Foreign and Commonwealth Office"), texts(hobart, GCM.organisationName));
        assertEquals(
                Set.of("United Kingdom", "United Kingdom of Great Britain and Northern Ireland"),
                texts(hobart, GCM.countryName));
        assertEquals(List.of(35, 61, 76, 82), pages(hobart));
        Resource mignatti = report.getResource(IomUris.person("Maria Pia Belloni Mignatti"));
        assertEquals(
                Set.of(
                        "World Organization for Early Childhood Education; NGO Committee on Migration",
                        "NGO Committee on Migration"),
                texts(mignatti, GCM.organisationName));
        assertEquals(Set.of(), texts(mignatti, GCM.countryName));
        Resource hago = report.getResource(IomUris.person("Francisco Hagó"));
        assertEquals(
                IomUris.workshop(STEM, 1), one(hago, GCM.workshop).getResource().getURI());
    }

    @Test
    void writesStatementsWithSpeakerChapterAndPage() {
        Resource statement = report.getResource(IomUris.statement(STEM, 7));
        assertEquals(
                IomUris.person("Mehmet Samsar"),
                one(statement, GCM.speaker).getResource().getURI());
        assertEquals(
                "Mehmet Samsar (Turkey) provided a concise breakdown of how he saw a historic opportunity being "
                        + "brought to a successful conclusion.",
                text(statement, GCM.text));
        assertEquals(
                IomUris.chapter(STEM, 2),
                one(statement, GCM.chapter).getResource().getURI());
        Resource passage = one(statement, GCM.passage).getResource();
        assertEquals(28, passage.getProperty(GCM.page).getInt());
        assertEquals(38913, passage.getProperty(GCM.startOffset).getInt());
        assertEquals(39043, passage.getProperty(GCM.endOffset).getInt());
        assertEquals(List.of(33, 34), pages(report.getResource(IomUris.statement(STEM, 18))));
    }

    @Test
    void writesRecommendations() {
        Resource r = report.getResource(IomUris.recommendation(STEM, 36));
        assertEquals(
                "Mahboub Maalim (IGAD Executive Secretary) also urged that the focus be on implementation of "
                        + "existing legal norms.",
                text(r, GCM.text));
        assertEquals(IomUris.chapter(STEM, 6), one(r, GCM.chapter).getResource().getURI());
        assertEquals(List.of(82), pages(r));
    }

    @Test
    void nothingComesFromAfterPage87ButTheUnDocumentsItsScrapedListCites() {
        List<Resource> passages =
                report.listSubjectsWithProperty(RDF.type, GCM.Passage).toList();
        assertTrue(passages.size() > 119);
        Set<String> cited = new TreeSet<>();
        for (Resource p : passages) {
            if (p.getProperty(GCM.endOffset).getInt() > REPORT_END) {
                // After the report, the file holds a scraped list of other documents: only the UN documents it cites
                // by symbol come from it, with no page.
                Resource described =
                        report.listSubjectsWithProperty(GCM.passage, p).next();
                assertTrue(described.hasProperty(RDF.type, GCM.UnDocument), p.getURI());
                assertFalse(p.hasProperty(GCM.page), p.getURI());
                cited.add(described.getProperty(GCM.symbol).getString());
                continue;
            }
            int page = p.getProperty(GCM.page).getInt();
            assertTrue(page >= 1 && page <= 87, p.getURI());
        }
        assertEquals(SCRAPED_LIST_SYMBOLS, cited);
    }

    @Test
    void everyResourceHasALabelItsDocumentAndAPassage() {
        for (Resource type : List.of(GCM.Workshop, GCM.Chapter, GCM.Person, GCM.Statement, GCM.Recommendation)) {
            for (Resource r : report.listSubjectsWithProperty(RDF.type, type).toList()) {
                assertEquals("en", one(r, RDFS.label).getLiteral().getLanguage(), r.getURI());
                assertEquals(
                        Uris.source(STEM),
                        one(r, PROV.wasDerivedFrom).getResource().getURI());
                assertTrue(r.hasProperty(GCM.passage), r + " has a passage");
            }
        }
    }

    @Test
    void conformsToTheShapes() {
        ValidationReport validation = ShaclValidator.get().validate(Ontology.shapes(), report.getGraph());
        assertEquals(
                List.of(),
                validation.getEntries().stream().map(Object::toString).toList());
    }
}

package org.gcmkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.gcmkg.CorpusGraph;
import org.gcmkg.corpus.Corpus;
import org.gcmkg.corpus.CorpusException;
import org.gcmkg.extract.iom.Affiliation;
import org.gcmkg.extract.iom.DialogueReport;
import org.gcmkg.extract.iom.IomExtractor;
import org.gcmkg.extract.iom.Speaker;
import org.gcmkg.extract.iom.Statement;
import org.gcmkg.kind.booklet.BookletUris;
import org.gcmkg.kind.iom.IomGraph;
import org.gcmkg.kind.iom.IomUris;
import org.gcmkg.link.Links;
import org.junit.jupiter.api.Test;

/** The countries in the graph built from data/corpus: as resources, as what examples name, as what speakers spoke for. */
class CountryWriterTest {
    static final String BOOKLET = "gcm-implementation-booklet";
    static final String IOM = "iom-idm-red-book-27";

    static final Dataset dataset = CorpusGraph.get();

    static Model graph(String stem) {
        return dataset.getNamedModel(Uris.graph(stem));
    }

    static RDFNode one(Resource r, Property p) {
        List<RDFNode> values = r.listProperties(p).mapWith(s -> s.getObject()).toList();
        assertEquals(1, values.size(), r + " " + p);
        return values.get(0);
    }

    /** The ISO3 codes of the countries {@code r} is linked to. */
    static Set<String> countries(Resource r) {
        Set<String> codes = new TreeSet<>();
        r.listProperties(GCM.country)
                .forEach(s -> codes.add(s.getResource().getProperty(GCM.iso3).getString()));
        return codes;
    }

    static int count(Model model, Resource type) {
        return model.listSubjectsWithProperty(RDF.type, type).toList().size();
    }

    /** Offsets, lines and page (or null) of a passage. */
    static List<Object> passage(Resource r) {
        Resource p = one(r, GCM.passage).asResource();
        return Arrays.asList(
                p.getProperty(GCM.startOffset).getInt(),
                p.getProperty(GCM.endOffset).getInt(),
                p.getProperty(GCM.startLine).getInt(),
                p.getProperty(GCM.endLine).getInt(),
                p.hasProperty(GCM.page) ? p.getProperty(GCM.page).getInt() : null);
    }

    @Test
    void describesACountryWithItsCodesNamesAndUnGeographicArea() {
        Model booklet = graph(BOOKLET);
        Resource afghanistan = booklet.getResource("https://w3id.org/gcm/id/country/AFG");
        assertEquals(GCM.Country, one(afghanistan, RDF.type));
        Literal iso3 = one(afghanistan, GCM.iso3).asLiteral();
        assertEquals("AFG", iso3.getLexicalForm());
        assertEquals(XSDDatatype.XSDstring.getURI(), iso3.getDatatypeURI());
        Literal m49 = one(afghanistan, GCM.m49).asLiteral();
        assertEquals("004", m49.getLexicalForm());
        assertEquals(XSDDatatype.XSDstring.getURI(), m49.getDatatypeURI());
        assertEquals(booklet.createLiteral("Afghanistan", "en"), one(afghanistan, RDFS.label));
        assertEquals(booklet.createLiteral("Islamic Republic of Afghanistan", "en"), one(afghanistan, SKOS.altLabel));
        assertEquals(
                booklet.createResource("http://metadata.un.org/sdg/codes/geoArea/004"),
                one(afghanistan, SKOS.exactMatch));
        assertEquals(
                "Unicode CLDR 47 via ICU4J 77.1; UN names from M49 and UNTERM",
                one(afghanistan, DCTerms.source).asLiteral().getString());
        assertEquals(booklet.getResource(Uris.source(BOOKLET)), one(afghanistan, PROV.wasDerivedFrom));
        // Where the booklet names it: objective 9, example 2, line 560.
        assertEquals(Arrays.asList(87124, 87155, 560, 560, null), passage(afghanistan));
        // Mexico's first mention in the booklet: "the Mexican government" in objective 4, example 3, line 289.
        Resource mexico = booklet.getResource(Uris.country("MEX"));
        assertEquals("484", one(mexico, GCM.m49).asLiteral().getString());
        assertEquals(Arrays.asList(44986, 44993, 289, 289, null), passage(mexico));
    }

    @Test
    void linksExamplesToTheCountriesTheyName() {
        Model booklet = graph(BOOKLET);
        assertEquals(Set.of("MEX", "USA"), countries(booklet.getResource(BookletUris.example(4, 3))));
        assertEquals(
                Set.of("ESP", "FRA", "ITA", "JOR", "LBN", "MAR", "PRT", "TUN"),
                countries(booklet.getResource(BookletUris.example(1, 4))));
        assertEquals(Set.of("MDA"), countries(booklet.getResource(BookletUris.example(19, 2))));
        assertEquals(Set.of("JPN", "PHL"), countries(booklet.getResource(BookletUris.example(6, 1))));
        assertEquals(Set.of(), countries(booklet.getResource(BookletUris.example(1, 1))));
        // "the US" in objective 4, example 3, with its mention as evidence.
        Resource mention = booklet.getResource(Uris.mention(BOOKLET, "country", 45146, 45148));
        assertEquals(booklet.getResource(Uris.country("USA")), one(mention, GCM.mentionOf));
        assertEquals(booklet.getResource(BookletUris.example(4, 3)), one(mention, GCM.mentionIn));
        assertEquals("US", one(mention, GCM.matchedText).asLiteral().getString());
        // 71 of the 94 examples name 70 countries in 218 mentions; the actions name none.
        assertEquals(
                71,
                booklet.listSubjectsWithProperty(RDF.type, GCM.Example)
                        .filterKeep(e -> e.hasProperty(GCM.country))
                        .toList()
                        .size());
        assertEquals(
                0,
                booklet.listSubjectsWithProperty(RDF.type, GCM.Action)
                        .filterKeep(a -> a.hasProperty(GCM.country))
                        .toList()
                        .size());
        assertEquals(70, count(booklet, GCM.Country));
        assertEquals(
                218,
                booklet.listSubjectsWithProperty(RDF.type, GCM.Mention)
                        .filterKeep(m -> m.getURI().contains("/country/"))
                        .toList()
                        .size());
    }

    @Test
    void linksSpeakersToTheCountryTheySpokeFor() {
        Model report = graph(IOM);
        Resource hobart = report.getResource(IomUris.person("Edward Hobart"));
        // "United Kingdom of Great Britain and Northern Ireland" on page 35, "United Kingdom" later: one country.
        assertEquals(Set.of("GBR"), countries(hobart));
        Resource uk = report.getResource(Uris.country("GBR"));
        assertEquals(report.createLiteral("United Kingdom", "en"), one(uk, RDFS.label));
        assertEquals("826", one(uk, GCM.m49).asLiteral().getString());
        // His first appearance, "Edward Hobart (Migration Envoy, ..., United Kingdom of Great Britain and Northern
        // Ireland)".
        assertEquals(Arrays.asList(51868, 52006, 78, 78, 35), passage(uk));
        assertEquals(Set.of("TUR"), countries(report.getResource(IomUris.person("Mehmet Samsar"))));
        assertEquals(Set.of("TZA"), countries(report.getResource(IomUris.person("Anna Makakala"))));
        assertEquals(Set.of(), countries(report.getResource(IomUris.person("Pia Oberoi"))));
        // 40 of the 64 persons spoke for one of 34 countries.
        assertEquals(
                40,
                report.listSubjectsWithProperty(GCM.country).toList().stream()
                        .filter(r -> r.hasProperty(RDF.type, GCM.Person))
                        .count());
        assertEquals(
                40, report.listSubjectsWithProperty(GCM.countryName).toList().size());
        assertEquals(
                34,
                report.listStatements(null, GCM.country, (org.apache.jena.rdf.model.RDFNode) null).toList().stream()
                        .filter(s -> s.getSubject().hasProperty(RDF.type, GCM.Person))
                        .map(s -> s.getObject())
                        .distinct()
                        .count());
    }

    @Test
    void describesACountryAlikeInEveryGraph() {
        Model union = dataset.getDefaultModel();
        Resource uk = union.getResource(Uris.country("GBR"));
        assertEquals(union.createLiteral("United Kingdom", "en"), one(uk, RDFS.label));
        assertEquals("GBR", one(uk, GCM.iso3).asLiteral().getString());
        assertEquals(
                Set.of(Uris.source(BOOKLET), Uris.source(IOM)),
                uk.listProperties(PROV.wasDerivedFrom)
                        .mapWith(s -> s.getResource().getURI())
                        .toSet());
        assertEquals(2, uk.listProperties(GCM.passage).toList().size());
        // The guidance of the QUNO sheet is global, and ICMPD's commitments name no country.
        assertEquals(0, count(graph("quno-foundations-objective-23"), GCM.Country));
        assertEquals(0, count(graph("icmpd-input-unsg-report"), GCM.Country));
    }

    @Test
    void refusesASpeakersCountryThatIsNoCountry() {
        DialogueReport report = new IomExtractor().extract(Corpus.read(Path.of("data/corpus/" + IOM + ".txt")));
        List<Statement> statements = new ArrayList<>();
        for (Statement s : report.statements()) {
            Speaker speaker = s.speaker();
            if (speaker.name().equals("Ahmed Hussen")) {
                Affiliation a = speaker.affiliation();
                speaker = new Speaker(
                        speaker.name(),
                        speaker.honorific(),
                        new Affiliation(a.role(), a.organisation(), "Atlantis"),
                        speaker.page(),
                        speaker.spans());
            }
            statements.add(new Statement(s.number(), speaker, s.words(), s.chapter(), s.workshop(), s.spans()));
        }
        DialogueReport broken = new DialogueReport(
                report.source(),
                report.title(),
                report.pages(),
                report.workshops(),
                report.chapters(),
                report.speakers(),
                statements,
                report.recommendations());
        CorpusException e =
                assertThrows(CorpusException.class, () -> new IomGraph().build(broken, Links.from(List.of(broken))));
        assertEquals(
                IOM + ".txt:54: expected the name of a country for Ahmed Hussen, found 'Atlantis'", e.getMessage());
    }
}

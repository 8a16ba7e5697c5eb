package org.gcmkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.gcmkg.CorpusGraph;
import org.gcmkg.kind.booklet.BookletUris;
import org.gcmkg.kind.icmpd.IcmpdUris;
import org.gcmkg.kind.iom.IomUris;
import org.gcmkg.kind.quno.QunoUris;
import org.junit.jupiter.api.Test;

/**
 * Actors in the graph of data/corpus: one resource per actor whatever the document or spelling, described alike in
 * every document's graph that names it, so that the union keeps one label.
 */
class ActorWriterTest {
    static final String BOOKLET = "gcm-implementation-booklet";
    static final String ICMPD = "icmpd-input-unsg-report";
    static final String QUNO = "quno-foundations-objective-23";

    static final Dataset dataset = CorpusGraph.get();
    static final Model union = dataset.getDefaultModel();

    static Resource actor(String slug) {
        return union.getResource(GCM.ID + "actor/" + slug);
    }

    static Set<String> strings(Model model, Resource r, Property p) {
        return model.listObjectsOfProperty(r, p).toList().stream()
                .map(n -> n.isLiteral()
                        ? n.asLiteral().getLexicalForm()
                        : n.asResource().getURI())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The lines and offsets of the passages of {@code r} in the graph of {@code stem}. */
    static Set<String> passages(String stem, Resource r) {
        Model model = dataset.getNamedModel(Uris.graph(stem));
        return model.listObjectsOfProperty(r, GCM.passage).toList().stream()
                .map(RDFNode::asResource)
                .map(p -> p.getProperty(GCM.startLine).getLong() + "-"
                        + p.getProperty(GCM.endLine).getLong() + " "
                        + p.getProperty(GCM.startOffset).getLong() + "-"
                        + p.getProperty(GCM.endOffset).getLong())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void describesAnOrganisationOnceWithItsAcronymAsLabelAndItsFullNames() {
        Resource unicef = actor("unicef");
        assertEquals(Set.of("UNICEF"), strings(union, unicef, RDFS.label));
        assertEquals("en", unicef.getProperty(RDFS.label).getLanguage());
        assertEquals(
                Set.of("United Nations Children's Fund", "UN Children's Fund"), strings(union, unicef, SKOS.altLabel));
        assertEquals(
                Set.of(
                        GCM.Actor.getURI(),
                        ORG.Organization.getURI(),
                        ORG.FormalOrganization.getURI(),
                        FOAF.Organization.getURI()),
                strings(union, unicef, RDF.type));
        // Named by the booklet, and by statements of the IOM report.
        assertEquals(
                Set.of(Uris.source(BOOKLET), Uris.source("iom-idm-red-book-27")),
                strings(union, unicef, PROV.wasDerivedFrom));
        // Its first mention: example 1.2, "In March 2020, UNICEF, IOM, UNHCR and OECD launched ...", line 163.
        assertEquals(Set.of("163-163 21979-21985"), passages(BOOKLET, unicef));
        // The examples that name it, as grep finds "UNICEF" in the examples' texts: 1.2, 2.2, 3.4, 7.3, 12.6, 13.2,
        // 13.3, 14.1, 14.2, 17.6, 21.3, 21.4.
        assertEquals(
                Set.of(
                        "1/example/2",
                        "2/example/2",
                        "3/example/4",
                        "7/example/3",
                        "12/example/6",
                        "13/example/2",
                        "13/example/3",
                        "14/example/1",
                        "14/example/2",
                        "17/example/6",
                        "21/example/3",
                        "21/example/4"),
                union.listSubjectsWithProperty(GCM.actor, unicef).toList().stream()
                        .filter(r -> r.getURI().startsWith(GCM.ID + "objective/"))
                        .map(r -> r.getURI().substring((GCM.ID + "objective/").length()))
                        .collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void isOneResourceAcrossDocumentsDescribedAlikeInEach() {
        // The booklet's action 18(f) and example 23.1, and ICMPD's commitment 5.3, name the Global Forum on Migration
        // and Development; the booklet's example 13.2 ("IDC") and ICMPD's commitment 1.2 the International Detention
        // Coalition.
        Resource gfmd = actor("gfmd");
        // and so do three statements of the IOM report and two sections of ICMPD's input.
        assertEquals(
                Set.of(
                        BookletUris.action(18, "f"),
                        BookletUris.example(23, 1),
                        IcmpdUris.commitment(ICMPD, 5, 3),
                        GCM.ID + "source/" + ICMPD + "/section/framework-for-follow-up-and-review",
                        GCM.ID + "source/" + ICMPD + "/section/means-of-implementation",
                        IomUris.statement("iom-idm-red-book-27", 55),
                        IomUris.statement("iom-idm-red-book-27", 69),
                        IomUris.statement("iom-idm-red-book-27", 89)),
                union.listSubjectsWithProperty(GCM.actor, gfmd).toList().stream()
                        .map(Resource::getURI)
                        .collect(Collectors.toSet()));
        for (String slug : List.of("gfmd", "international-detention-coalition")) {
            Resource r = actor(slug);
            Model booklet = dataset.getNamedModel(Uris.graph(BOOKLET));
            Model icmpd = dataset.getNamedModel(Uris.graph(ICMPD));
            for (Property p : List.of(RDF.type, RDFS.label, SKOS.altLabel)) {
                assertEquals(strings(booklet, r, p), strings(icmpd, r, p), slug + " " + p);
            }
            assertEquals(1, union.listObjectsOfProperty(r, RDFS.label).toList().size(), slug);
            Set<String> documents = new java.util.HashSet<>(Set.of(Uris.source(BOOKLET), Uris.source(ICMPD)));
            if (slug.equals("gfmd")) {
                documents.add(Uris.source("iom-idm-red-book-27"));
            }
            assertEquals(documents, strings(union, r, PROV.wasDerivedFrom));
        }
        assertEquals(Set.of("1084-1084 162672-162713"), passages(BOOKLET, gfmd));
        // ICMPD's graph gives the passage where it first names the Forum: its section on the means of implementation.
        assertEquals(Set.of("95-95 16900-16904"), passages(ICMPD, gfmd));
        assertEquals(Set.of("772-772 121173-121176"), passages(BOOKLET, actor("international-detention-coalition")));
        assertEquals(Set.of("26-26 4070-4103"), passages(ICMPD, actor("international-detention-coalition")));
    }

    @Test
    void linksAGovernmentToItsCountry() {
        // Example 2.3: "In 2015, the government of Bangladesh published its National strategy ..."
        Resource government = actor("government-of-bangladesh");
        assertEquals(Set.of("Government of Bangladesh"), strings(union, government, RDFS.label));
        assertEquals(Set.of(GCM.ID + "country/BGD"), strings(union, government, GCM.country));
        Model booklet = dataset.getNamedModel(Uris.graph(BOOKLET));
        assertTrue(booklet.contains(booklet.getResource(GCM.ID + "country/BGD"), RDF.type, GCM.Country));
        assertTrue(booklet.contains(booklet.getResource(BookletUris.example(2, 3)), GCM.actor, government));
        assertEquals(Set.of("206-206 31506-31530"), passages(BOOKLET, government));
        Resource mention =
                booklet.listSubjectsWithProperty(GCM.mentionOf, government).next();
        assertEquals(
                "government of Bangladesh", mention.getProperty(GCM.matchedText).getString());
        assertEquals(GCM.ID + "mention/" + BOOKLET + "/actor/31506-31530", mention.getURI());
    }

    @Test
    void linksAnOrganToItsOrganisationDescribedInTheSameGraph() {
        // Example 11.3: "... at the 23rd Ordinary Session of the Assembly of the African Union." (line 668)
        Model booklet = dataset.getNamedModel(Uris.graph(BOOKLET));
        Resource assembly = booklet.getResource(GCM.ID + "actor/assembly-of-the-african-union");
        assertEquals(Set.of(GCM.ID + "actor/african-union"), strings(booklet, assembly, ORG.subOrganizationOf));
        assertTrue(booklet.contains(booklet.getResource(GCM.ID + "actor/african-union"), RDF.type, GCM.Actor));
        // Every organ the graph holds: those listed with their organisation, those read from their wording (the
        // IOM Department of Emergencies from statement 1 of the IOM report, the IOM Council), and the units a speaker's
        // parenthesis names before their body ("Department of Migration and Asylum, Ministry of Justice, Sweden").
        assertEquals(
                Set.of(
                        "assembly-of-the-african-union african-union",
                        "columbia-university-school-of-international-and-public-affairs columbia-university",
                        "communications-and-outreach-communication-and-media-unit unisdr",
                        "department-of-international-organizations-of-thailand ministry-of-foreign-affairs-of-thailand",
                        "department-of-migration-and-asylum-of-sweden ministry-of-justice-of-sweden",
                        "ecowas-commission ecowas",
                        "equality-department international-trade-union-confederation",
                        "europe-directorate-of-the-united-kingdom foreign-and-commonwealth-office-of-the-united-kingdom",
                        "geneva-office-of-emergency-programmes unicef",
                        "global-migration-group-working-group-on-human-rights-and-gender global-migration-group",
                        "iom-council iom",
                        "iom-department-of-emergencies iom",
                        "migration-department-of-the-city-of-sao-paulo sao-paulo",
                        "office-for-victims-of-crime-training-and-technical-assistance-center office-for-victims-of-crime",
                        "office-of-immigrant-affairs-of-atlanta atlanta",
                        "policy-analysis-centre library-of-the-first-president-of-kazakhstan",
                        "un-statistics-division united-nations"),
                union.listStatements(null, ORG.subOrganizationOf, (RDFNode) null).toList().stream()
                        .map(st -> st.getSubject().getURI().substring((GCM.ID + "actor/").length()) + " "
                                + st.getResource().getURI().substring((GCM.ID + "actor/").length()))
                        .collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void keepsOneLabelForTheMandateAGuidanceIsIssuedBy() {
        Resource mandate = actor("special-rapporteur-on-the-human-rights-of-migrants");
        Resource guidance = union.getResource(QunoUris.guidance(QUNO, 1));
        assertTrue(union.contains(guidance, GCM.issuedBy, mandate));
        assertEquals(Set.of("Special Rapporteur on the human rights of migrants"), strings(union, mandate, RDFS.label));
        // A mandate is a post, not an organisation, and belongs to no country.
        assertEquals(Set.of(GCM.Actor.getURI()), strings(union, mandate, RDF.type));
        assertFalse(union.contains(mandate, GCM.country));
        // The row of the guidance, line 24.
        assertEquals(Set.of("24-24 1746-2035"), passages(QUNO, mandate));
    }

    @Test
    void givesEveryActorOneLabelAPassageAndItsDocuments() {
        List<Resource> actors =
                union.listSubjectsWithProperty(RDF.type, GCM.Actor).toList();
        assertFalse(actors.isEmpty());
        for (Resource a : actors) {
            List<RDFNode> labels = union.listObjectsOfProperty(a, RDFS.label).toList();
            assertEquals(1, labels.size(), a + " " + labels);
            assertEquals("en", ((Literal) labels.get(0)).getLanguage());
            assertTrue(a.hasProperty(PROV.wasDerivedFrom), a.getURI());
            assertTrue(a.hasProperty(GCM.passage), a.getURI());
            assertTrue(union.listObjectsOfProperty(a, GCM.country).toList().size() <= 1, a.getURI());
        }
    }
}

package org.gcmkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.gcmkg.CorpusGraph;
import org.gcmkg.corpus.Corpus;
import org.gcmkg.extract.icmpd.IcmpdExtractor;
import org.gcmkg.extract.icmpd.IcmpdInput;
import org.gcmkg.extract.icmpd.ThemeMapping;
import org.gcmkg.kind.booklet.BookletUris;
import org.gcmkg.kind.icmpd.IcmpdUris;
import org.junit.jupiter.api.Test;

/** ICMPD's input in the graph built from data/corpus: themes, commitments, annex frameworks and theme mappings. */
class IcmpdGraphTest {
    static final String STEM = "icmpd-input-unsg-report";
    static final String SOURCE = Uris.source(STEM);

    static final Dataset dataset = CorpusGraph.get();
    static final Model graph = dataset.getDefaultModel();
    static final Model icmpd = dataset.getNamedModel(Uris.graph(STEM));
    static final IcmpdInput input = new IcmpdExtractor().extract(Corpus.read(Path.of("data/corpus", STEM + ".txt")));

    static Resource theme(int n) {
        return graph.getResource(IcmpdUris.theme(STEM, n));
    }

    static Set<String> objects(Resource r, Property p) {
        return r.listProperties(p).toList().stream()
                .map(s -> s.getObject().toString())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static String instrument(String slug) {
        return GCM.ID + "instrument/" + slug;
    }

    @Test
    void writesTheFiveThemes() {
        assertEquals(
                5, icmpd.listSubjectsWithProperty(RDF.type, GCM.Theme).toList().size());
        Resource two = theme(2);
        assertEquals(
                "ICMPD theme 2: Reduce irregular migration and migrant smuggling, and end trafficking in persons",
                two.getProperty(RDFS.label).getString());
        assertEquals(
                "Reduce irregular migration and migrant smuggling, and end trafficking in persons",
                two.getProperty(DCTerms.title).getString());
        Literal number = two.getProperty(GCM.number).getLiteral();
        assertEquals(XSDDatatype.XSDinteger.getURI(), number.getDatatypeURI());
        assertEquals(2, number.getInt());
        assertTrue(
                two.getProperty(DCTerms.description).getString().startsWith("This objective and relevant challenges"));
        assertEquals("en", two.getProperty(DCTerms.description).getLanguage());
        Resource passage = two.getPropertyResourceValue(GCM.passage);
        assertEquals(30, passage.getProperty(GCM.startLine).getInt());
        assertEquals(39, passage.getProperty(GCM.endLine).getInt());
    }

    @Test
    void writesEachThemesCommitments() {
        assertEquals(
                30,
                icmpd.listSubjectsWithProperty(RDF.type, GCM.Commitment)
                        .toList()
                        .size());
        List<Integer> counts = List.of(1, 2, 3, 4, 5).stream()
                .map(n -> graph.listSubjectsWithProperty(GCM.theme, theme(n))
                        .toList()
                        .size())
                .toList();
        assertEquals(List.of(3, 6, 6, 8, 7), counts);

        Resource detention = graph.getResource(IcmpdUris.commitment(STEM, 1, 2));
        assertEquals(theme(1), detention.getPropertyResourceValue(GCM.theme));
        assertEquals(2, detention.getProperty(GCM.number).getInt());
        assertEquals(
                "ICMPD theme 1, commitment 2: Member States should seek alternatives to detention, eliminate arbitrary "
                        + "detention and eliminate detention of children. Immigration detention should be an…",
                detention.getProperty(RDFS.label).getString());
        assertTrue(detention
                .getProperty(DCTerms.description)
                .getString()
                .contains("an action of last resort, with alternatives implemented whenever possible"));
        // The page break leaves two passages: lines 24 and 26.
        assertEquals(
                Set.of(Uris.passage(STEM, 3785, 3969), Uris.passage(STEM, 3971, 4121)),
                objects(detention, GCM.passage));
        String barriers = graph.getResource(IcmpdUris.commitment(STEM, 4, 2))
                .getProperty(DCTerms.description)
                .getString();
        assertEquals(5, barriers.split("\n- ").length - 1);
    }

    @Test
    void recordsTheInstrumentsACommitmentNames() {
        Resource untoc =
                graph.getResource(instrument("united-nations-convention-against-transnational-organized-crime"));
        Resource commitment = graph.getResource(IcmpdUris.commitment(STEM, 2, 3));
        assertEquals(Set.of(untoc.getURI()), objects(commitment, GCM.mentions));
        Resource mention = graph.getResource(Uris.mention(STEM, "instrument", 6255, 6260));
        assertEquals(commitment, mention.getPropertyResourceValue(GCM.mentionIn));
        assertEquals(untoc, mention.getPropertyResourceValue(GCM.mentionOf));
        assertEquals("UNTOC", mention.getProperty(GCM.matchedText).getString());
        // 11 in the commitments, among them the actors FRA (4020-4023) and the International Detention Coalition
        // (4070-4103) in 1.2, the Global Forum on Migration and Development (13765-13806) and GFMD (13949-13953) in
        // 5.3; and 17 in the sections and theme introductions, which are linked like every text.
        assertEquals(
                28,
                icmpd.listSubjectsWithProperty(RDF.type, GCM.Mention).toList().size());
        assertEquals(
                17,
                icmpd.listSubjectsWithProperty(GCM.mentionIn).toList().stream()
                        .filter(m -> !m.getPropertyResourceValue(GCM.mentionIn)
                                .getURI()
                                .contains("/commitment/"))
                        .count());
    }

    @Test
    void linksEachThemeToTheFrameworksTheAnnexListsForIt() {
        assertEquals(
                List.of(15, 8, 3, 7, 0),
                List.of(1, 2, 3, 4, 5).stream()
                        .map(n -> theme(n).listProperties(GCM.relevantFramework)
                                .toList()
                                .size())
                        .toList());
        // The same instruments as the booklet's, under the annex's other names.
        Set<String> one = objects(theme(1), GCM.relevantFramework);
        for (String slug : List.of(
                "convention-on-the-rights-of-the-child",
                "convention-on-the-elimination-of-all-forms-of-discrimination-against-women",
                "international-convention-on-the-elimination-of-all-forms-of-racial-discrimination",
                "international-convention-on-the-protection-of-the-rights-of-all-migrant-workers-and-members-of-their-families",
                "convention-on-decent-work-for-domestic-workers")) {
            assertTrue(one.contains(instrument(slug)), slug);
        }
        assertTrue(objects(theme(2), GCM.relevantFramework)
                .containsAll(Set.of(
                        instrument("united-nations-convention-against-transnational-organized-crime"),
                        instrument("paris-agreement-on-climate-change"),
                        instrument("sendai-framework-for-disaster-risk-reduction-2015-2030"))));
        assertTrue(objects(theme(4), GCM.relevantFramework)
                .containsAll(Set.of(
                        instrument("2030-agenda-for-sustainable-development"),
                        instrument("addis-ababa-action-agenda"),
                        instrument("new-urban-agenda"))));
        // 30 distinct frameworks, 11 of them the booklet's: 19 new instruments.
        Set<Resource> listed = icmpd.listObjectsOfProperty(GCM.relevantFramework).toList().stream()
                .map(RDFNode::asResource)
                .collect(Collectors.toSet());
        assertEquals(30, listed.size());
        // The booklet's own lists put each of its frameworks gcm:listedIn one of its sections.
        assertEquals(
                11, listed.stream().filter(r -> graph.contains(r, GCM.listedIn)).count());
    }

    @Test
    void describesANewInstrumentByTheAnnexWordsThatListIt() {
        Resource nansen = graph.getResource(instrument("nansen-initiative-protection-agenda"));
        assertTrue(nansen.hasProperty(RDF.type, GCM.LegalInstrument));
        assertEquals(
                List.of("Nansen Initiative Protection Agenda"),
                nansen.listProperties(RDFS.label).toList().stream()
                        .map(s -> s.getString())
                        .toList());
        assertEquals(Set.of(SOURCE), objects(nansen, PROV.wasDerivedFrom));
        assertEquals(
                Set.of(
                        Uris.passage(STEM, 21779, 21814),
                        Uris.passage(STEM, 22436, 22471),
                        Uris.passage(STEM, 22681, 22716)),
                objects(nansen, GCM.passage));
        assertEquals(
                Set.of(theme(1).getURI(), theme(2).getURI(), theme(3).getURI()),
                graph.listSubjectsWithProperty(GCM.relevantFramework, nansen).toList().stream()
                        .map(Resource::getURI)
                        .collect(Collectors.toSet()));
        Resource mipex = graph.getResource(instrument("migrant-integration-policy-index"));
        assertEquals(
                "Migrant Integration Policy Index",
                mipex.getProperty(RDFS.label).getString());
    }

    @Test
    void leavesTheBookletsInstrumentsAsTheBookletDescribesThem() {
        Resource cedaw = graph.getResource(
                instrument("convention-on-the-elimination-of-all-forms-of-discrimination-against-women"));
        // One label in the union: the registry's title, whatever the annex wrote ("... Against Women").
        assertEquals(
                List.of("Convention on the Elimination of All Forms of Discrimination against Women"),
                cedaw.listProperties(RDFS.label).toList().stream()
                        .map(s -> s.getString())
                        .toList());
        assertEquals(Set.of(SOURCE, Uris.source("gcm-implementation-booklet")), objects(cedaw, PROV.wasDerivedFrom));
        Resource inIcmpd = icmpd.getResource(cedaw.getURI());
        assertFalse(inIcmpd.hasProperty(DCTerms.description));
        assertFalse(inIcmpd.hasProperty(GCM.year));
        assertTrue(inIcmpd.hasProperty(GCM.passage, icmpd.getResource(Uris.passage(STEM, 21019, 21093))));
    }

    @Test
    void theAnnexNamesInstrumentsTheBookletsActionsNameToo() {
        // Registered from the annex, these instruments are found in the text of the GCM's actions 2(g) and 11(g).
        Model booklet = dataset.getNamedModel(Uris.graph("gcm-implementation-booklet"));
        assertTrue(booklet.contains(
                booklet.getResource(BookletUris.objective(2)),
                GCM.underpinnedBy,
                booklet.getResource(instrument(
                        "guidelines-to-protect-migrants-in-countries-experiencing-conflict-or-natural-disaster"))));
        assertTrue(booklet.contains(
                booklet.getResource(BookletUris.objective(11)),
                GCM.underpinnedBy,
                booklet.getResource(instrument("principles-and-guidelines-on-human-rights-at-international-borders"))));
    }

    @Test
    void mapsEachThemeToTheObjectivesItCorrespondsTo() {
        assertEquals(
                23,
                icmpd.listSubjectsWithProperty(RDF.type, GCM.ThemeMapping)
                        .toList()
                        .size());
        List<Set<String>> objectives = List.of(1, 2, 3, 4, 5).stream()
                .map(n -> objects(theme(n), GCM.correspondsTo))
                .toList();
        assertEquals(
                List.of(
                        objectiveUris(7, 12, 13, 14, 15),
                        objectiveUris(1, 2, 9, 10, 11),
                        objectiveUris(3, 5, 18),
                        objectiveUris(1, 14, 16, 17, 19, 20, 21),
                        objectiveUris(5, 22, 23)),
                objectives);

        Resource mapping = graph.getResource(IcmpdUris.themeMapping(STEM, 1, 13));
        assertEquals(
                "ICMPD theme 1 corresponds to GCM objective 13",
                mapping.getProperty(RDFS.label).getString());
        assertEquals(theme(1), mapping.getPropertyResourceValue(GCM.mappedTheme));
        assertEquals(
                graph.getResource(BookletUris.objective(13)), mapping.getPropertyResourceValue(GCM.mappedObjective));
        assertEquals(
                Set.of(
                        "\"Immigration detention should be an action of last resort\"@en",
                        "\"Use migration detention only as a measure of last resort and work towards alternatives\"@en"),
                objects(mapping, GCM.evidence));
        assertEquals(Set.of(Uris.passage(STEM, 3907, 3963)), objects(mapping, GCM.passage));
        assertEquals(Set.of(SOURCE), objects(mapping, PROV.wasDerivedFrom));
        String how = mapping.getProperty(DCTerms.description).getString();
        assertTrue(
                how.startsWith("Curated by hand in mappings/icmpd-themes-to-gcm-objectives.tsv (line 20): both texts "
                        + "commit to the same thing"),
                how);
    }

    private static Set<String> objectiveUris(int... numbers) {
        return java.util.Arrays.stream(numbers)
                .mapToObj(BookletUris::objective)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The build checks each theme quote against the ICMPD text; the objective quotes need the booklet, which the ICMPD
     * writer does not see, so they are checked here against the objective's title, actions and examples.
     */
    @Test
    void everyObjectiveQuoteStandsInTheObjectivesText() {
        assertEquals(23, input.mappings().size());
        for (ThemeMapping m : input.mappings()) {
            String ask = "PREFIX gcm: <" + GCM.NS + "> PREFIX dcterms: <" + DCTerms.NS + "> ASK { "
                    + "{ <" + BookletUris.objective(m.objective()) + "> dcterms:title ?text } UNION "
                    + "{ ?item gcm:objective <" + BookletUris.objective(m.objective())
                    + "> ; dcterms:description ?text } "
                    + "FILTER(CONTAINS(STR(?text), ?quote)) }";
            ParameterizedSparqlString query = new ParameterizedSparqlString(ask);
            query.setLiteral("quote", m.objectiveQuote());
            try (QueryExecution exec =
                    QueryExecution.dataset(dataset).query(query.asQuery()).build()) {
                assertTrue(
                        exec.execAsk(),
                        m.crosswalk() + ":" + m.crosswalkLine() + ": '" + m.objectiveQuote()
                                + "' is not in the title, actions or examples of objective " + m.objective());
            }
        }
    }

    @Test
    void keepsTheProseSectionsAsText() {
        List<String> titles = icmpd.listSubjectsWithProperty(RDF.type, GCM.Section).toList().stream()
                .map(r -> r.getProperty(DCTerms.title).getString())
                .sorted()
                .toList();
        assertEquals(
                List.of(
                        "Annex of relevant frameworks for reference within the GCM",
                        "Framework for follow-up and review",
                        "Means of implementation",
                        "Means of implementation and a framework for the follow-up and review",
                        "Structure and elements of a global compact for safe, orderly and regular migration (GCM), including "
                                + "Actionable Commitments"),
                titles);
        Resource review = graph.getResource(Uris.section(STEM, "Framework for follow-up and review"));
        assertTrue(review.getProperty(GCM.text)
                .getString()
                .startsWith("A framework for follow-up and review of " + "implementation should similarly utilise"));
        assertEquals(graph.getResource(SOURCE), review.getPropertyResourceValue(DCTerms.isPartOf));
        assertEquals(Set.of(Uris.passage(STEM, 18423, 20700)), objects(review, GCM.passage));
    }

    @Test
    void everyResourceHasALabelAndItsProvenance() {
        assertEquals(List.of(), Unlabelled.in(icmpd));
        Resource source = icmpd.getResource(SOURCE);
        assertEquals(
                "International Centre for Migration Policy Development",
                source.getProperty(DCTerms.publisher).getString());
        assertEquals(STEM + ".txt", source.getProperty(GCM.fileName).getString());
        for (Resource type : List.of(
                GCM.Theme,
                GCM.Commitment,
                GCM.ThemeMapping,
                GCM.LegalInstrument,
                GCM.Section,
                GCM.Mention,
                GCM.Passage)) {
            for (Resource r : icmpd.listSubjectsWithProperty(RDF.type, type).toList()) {
                assertTrue(r.hasProperty(PROV.wasDerivedFrom, source), r + " is derived from the ICMPD input");
                if (!type.equals(GCM.Passage) && !type.equals(GCM.Mention)) {
                    assertTrue(r.hasProperty(GCM.passage), r + " has a passage");
                }
            }
        }
    }
}

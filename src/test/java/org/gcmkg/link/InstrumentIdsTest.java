package org.gcmkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.gcmkg.CorpusGraph;
import org.gcmkg.graph.GCM;
import org.gcmkg.graph.Uris;
import org.gcmkg.kind.booklet.BookletUris;
import org.gcmkg.reference.Slug;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The external identifiers of the booklet's instruments ({@code link/instrument-ids.tsv} and the ILO codes the
 * booklet's names give), as the booklet's graph writes them on the one resource of each instrument, whatever its
 * spelling.
 */
class InstrumentIdsTest {
    static final String BOOKLET = "gcm-implementation-booklet";
    static Model booklet;

    @BeforeAll
    static void build() {
        Dataset dataset = CorpusGraph.get();
        booklet = dataset.getNamedModel(Uris.graph(BOOKLET));
    }

    /** Every value of {@code p} on an instrument in the booklet's graph, by the label of the instrument. */
    static Map<String, String> values(Property p) {
        Map<String, String> values = new TreeMap<>();
        for (Statement s : booklet.listStatements(null, p, (RDFNode) null).toList()) {
            if (!s.getSubject().hasProperty(RDF.type, GCM.LegalInstrument)) {
                continue;
            }
            String value =
                    s.getObject().isLiteral() ? s.getString() : s.getResource().getURI();
            values.put(s.getSubject().getProperty(RDFS.label).getString(), value);
        }
        return values;
    }

    @Test
    void derivesTheIloCodesFromTheBookletsNames() {
        // The booklet lists "ILO Convention No. 97", "No. 143", "No. 118" and "No. 189" (grep 'ILO Convention No').
        assertEquals(
                Map.of(
                        "Migration for Employment Convention",
                        "C097",
                        "Migrant Workers Convention",
                        "C143",
                        "Equality of Treatment Convention",
                        "C118",
                        "Convention on Decent Work for Domestic Workers",
                        "C189"),
                values(GCM.iloCode));
        assertEquals(
                List.of("C097"),
                List.of(InstrumentIds.iloCode(List.of("Migration for Employment Convention", "ILO Convention No. 97"))
                        .orElseThrow()));
        assertTrue(InstrumentIds.iloCode(List.of("Convention on the Rights of the Child", "CRC"))
                .isEmpty());
    }

    @Test
    void writesTheTreatyIdsAndWikidataItemsOfTheTable() {
        Map<String, String> treatyIds = values(GCM.treatyId);
        assertEquals(12, treatyIds.size(), treatyIds.toString());
        assertEquals("IV-11", treatyIds.get("Convention on the Rights of the Child"));
        assertEquals(
                "IV-13",
                treatyIds.get(
                        "International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families"));
        assertEquals("XVIII-12", treatyIds.get("United Nations Convention against Transnational Organized Crime"));
        assertEquals("XXVII-7-d", treatyIds.get("Paris Agreement on Climate Change"));
        assertEquals(
                Map.of(
                        "Universal Declaration of Human Rights",
                        "http://www.wikidata.org/entity/Q7813",
                        "United Nations Framework Convention on Climate Change",
                        "http://www.wikidata.org/entity/Q208645",
                        "Paris Agreement on Climate Change",
                        "http://www.wikidata.org/entity/Q21707860"),
                values(SKOS.exactMatch));
        // Every title of the table is a title the booklet lists: none is left unwritten.
        for (InstrumentId ids : InstrumentIds.standard().all()) {
            Resource r = booklet.getResource(Uris.instrument(Slug.of(ids.title())));
            assertEquals(ids.title(), r.getProperty(RDFS.label).getString());
        }
        assertEquals(13, InstrumentIds.standard().all().size());
    }

    @Test
    void linksBothSpellingsOfAnInstrumentToItsOneResource() {
        // Action 9(a) writes "Transnational Organised Crime", 10(a) "Organized"; both name the one resource, which
        // carries the treaty id.
        Resource untoc =
                booklet.getResource(Uris.instrument("united-nations-convention-against-transnational-organized-crime"));
        assertEquals(
                List.of(
                        "Convention against Transnational Organised Crime 83840-83888",
                        "United Nations Convention against Transnational Organized Crime 92564-92627"),
                mentions(untoc, "Crime"));
        assertTrue(booklet.contains(booklet.getResource(BookletUris.action(9, "a")), GCM.mentions, untoc));
        assertTrue(booklet.contains(booklet.getResource(BookletUris.action(10, "a")), GCM.mentions, untoc));
        assertTrue(booklet.contains(booklet.getResource(BookletUris.objective(9)), GCM.underpinnedBy, untoc));
    }

    /** The words and offsets of the mentions of {@code instrument} whose words end with {@code end}, in file order. */
    static List<String> mentions(Resource instrument, String end) {
        Map<Long, String> found = new TreeMap<>();
        for (Resource m :
                booklet.listSubjectsWithProperty(GCM.mentionOf, instrument).toList()) {
            String words = m.getProperty(GCM.matchedText).getString();
            long start = m.getProperty(GCM.startOffset).getLong();
            if (words.endsWith(end)) {
                found.put(
                        start,
                        words + " " + start + "-" + m.getProperty(GCM.endOffset).getLong());
            }
        }
        return new ArrayList<>(found.values());
    }

    @Test
    void refusesAMalformedTreatyIdNamingTheLine() throws IOException {
        List<String> lines;
        try (InputStream in = InstrumentIds.class.getResourceAsStream(InstrumentIds.IDS)) {
            lines = new ArrayList<>(new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList());
        }
        int crc = lines.indexOf("Convention on the Rights of the Child\tIV-11\t");
        assertEquals(13, crc + 1, "the CRC's line");
        lines.set(crc, "Convention on the Rights of the Child\tIV 11\t");
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> InstrumentIds.read(InstrumentIds.IDS, lines));
        assertEquals(
                "/link/instrument-ids.tsv:13: expected a UN Treaty Collection id such as 'IV-11', found 'IV 11'",
                e.getMessage());
    }
}

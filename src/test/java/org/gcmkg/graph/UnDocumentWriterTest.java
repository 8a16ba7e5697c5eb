package org.gcmkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.gcmkg.CorpusGraph;
import org.gcmkg.corpus.SourceText;
import org.gcmkg.extract.quno.QunoExtractor;
import org.gcmkg.extract.quno.QunoSheet;
import org.gcmkg.kind.booklet.BookletUris;
import org.gcmkg.kind.quno.QunoGraph;
import org.gcmkg.kind.quno.QunoUris;
import org.gcmkg.link.Links;
import org.junit.jupiter.api.Test;

/** UN documents in the graph: one resource per symbol, with its symbol and its page in the UN's document system. */
class UnDocumentWriterTest {
    static final String QUNO = "quno-foundations-objective-23";

    /** The document's symbol, label, page and passage (lines and offsets) in {@code model}. */
    static String described(Model model, String symbol) {
        Resource r = model.getResource(Uris.unDocument(symbol));
        assertTrue(model.contains(r, RDF.type, GCM.UnDocument), symbol);
        Literal s = r.getProperty(GCM.symbol).getLiteral();
        assertEquals(XSDDatatype.XSDstring.getURI(), s.getDatatypeURI());
        Literal label = r.getProperty(RDFS.label).getLiteral();
        assertEquals("en", label.getLanguage());
        Resource p = r.getProperty(GCM.passage).getResource();
        return s.getLexicalForm() + " | " + label.getLexicalForm() + " | "
                + r.getProperty(RDFS.seeAlso).getResource().getURI()
                + " | " + p.getProperty(GCM.startLine).getLong() + " "
                + p.getProperty(GCM.startOffset).getLong() + "-"
                + p.getProperty(GCM.endOffset).getLong();
    }

    @Test
    void writesTheDocumentsOfTheGuidanceWithTheirPages() {
        Model union = CorpusGraph.get().getDefaultModel();
        Model quno = CorpusGraph.get().getNamedModel(Uris.graph(QUNO));
        // The rows of the sheet's table, lines 24 and 25 (offsets as Python counts them).
        assertEquals(
                "A/59/377 | A/59/377 | https://undocs.org/en/A/59/377 | 24 1746-2035", described(quno, "A/59/377"));
        assertEquals(
                "A/73/206 | A/73/206 | https://undocs.org/en/A/73/206 | 25 2036-2714", described(quno, "A/73/206"));
        assertEquals(
                Uris.unDocument("A/59/377"),
                quno.getResource(QunoUris.guidance(QUNO, 1))
                        .getProperty(GCM.unDocument)
                        .getResource()
                        .getURI());
        // Every one of the eleven symbols the corpus holds (UnDocumentRecognizerTest) is a resource: these two stand in
        // texts the graph keeps, A/RES/71/1 in the address of a website the booklet lists, the others in the IOM
        // report's list of abbreviations (A/71/728) and the scraped list of other documents after its page 87.
        Set<String> documents = union.listSubjectsWithProperty(RDF.type, GCM.UnDocument).toList().stream()
                .map(r -> r.getProperty(GCM.symbol).getString())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = new TreeSet<>(IomGraphTest.SCRAPED_LIST_SYMBOLS);
        expected.addAll(List.of("A/59/377", "A/73/206", "A/RES/71/1", "A/71/728"));
        assertEquals(11, expected.size());
        assertEquals(expected, documents);
    }

    @Test
    void describesASymbolWhereverTheFileGivesIt() {
        Model iom = CorpusGraph.get().getNamedModel(Uris.graph("iom-idm-red-book-27"));
        Model booklet = CorpusGraph.get().getNamedModel(Uris.graph("gcm-implementation-booklet"));
        // Python: text.index(symbol), and the line it is on.
        assertEquals(
                "A/RES/71/280 | A/RES/71/280 | https://undocs.org/en/A/RES/71/280 | 220 158706-158718",
                described(iom, "A/RES/71/280"));
        assertEquals(
                "A/71/728 | A/71/728 | https://undocs.org/en/A/71/728 | 32 12238-12246", described(iom, "A/71/728"));
        assertEquals(
                "A/RES/71/1 | A/RES/71/1 | https://undocs.org/en/A/RES/71/1 | 1425 211094-211104",
                described(booklet, "A/RES/71/1"));
        // The booklet's website 8 (lines 1423-1425) is that document's page in the UN's document system.
        assertEquals(
                Uris.unDocument("A/RES/71/1"),
                booklet.getResource(BookletUris.website(8))
                        .getProperty(GCM.unDocument)
                        .getResource()
                        .getURI());
        // No text links to them: nothing has a mention of them.
        assertFalse(iom.listSubjectsWithProperty(GCM.mentionOf, iom.getResource(Uris.unDocument("A/RES/71/280")))
                .hasNext());
    }

    @Test
    void linksASymbolInTheTextOfAGuidanceByAMention() throws IOException {
        String file = QUNO + ".txt";
        String content = Files.readString(Path.of("data/corpus", file))
                .replace(
                        "fulfil their obligations towards migrants |",
                        "fulfil their obligations towards migrants, as in A/RES/73/195 |");
        QunoSheet sheet = new QunoExtractor().extract(new SourceText(file, content));
        Model model = new QunoGraph().build(sheet, Links.from(List.of(sheet)));
        Resource guidance = model.getResource(QunoUris.guidance(QUNO, 1));
        Resource resolution = model.getResource(Uris.unDocument("A/RES/73/195"));
        assertTrue(model.contains(guidance, GCM.unDocument, resolution));
        // Python: content.index("A/RES/73/195") is 2041, on line 24.
        assertEquals(
                "A/RES/73/195 | A/RES/73/195 | https://undocs.org/en/A/RES/73/195 | 24 2041-2053",
                described(model, "A/RES/73/195"));
        Resource mention = model.getResource(GCM.ID + "mention/" + QUNO + "/un-document/2041-2053");
        assertEquals(guidance, mention.getProperty(GCM.mentionIn).getResource());
        assertEquals(resolution, mention.getProperty(GCM.mentionOf).getResource());
        assertEquals("A/RES/73/195", mention.getProperty(GCM.matchedText).getString());
    }
}

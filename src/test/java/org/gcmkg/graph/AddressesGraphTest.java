package org.gcmkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.ShaclValidator;
import org.gcmkg.CorpusGraph;
import org.gcmkg.corpus.Corpus;
import org.gcmkg.corpus.SourceText;
import org.gcmkg.kind.booklet.BookletUris;
import org.junit.jupiter.api.Test;

/** The gcm:addresses links of the graph of data/corpus and their evidence, checked against the source files. */
class AddressesGraphTest {

    static List<String> select(String sparql) {
        return QueryAnswers.select(sparql);
    }

    @Test
    void linksPerKindOfText() {
        assertEquals(List.of("Commitment | 26 | 41", "Recommendation | 20 | 33", "Statement | 70 | 111"), select("""
                SELECT ?kind (COUNT(DISTINCT ?t) AS ?texts) (COUNT(*) AS ?links)
                WHERE { ?t gcm:addresses ?o ; a ?class . VALUES ?class { gcm:Statement gcm:Recommendation gcm:Commitment }
                        BIND(STRAFTER(STR(?class), "#") AS ?kind) }
                GROUP BY ?kind ORDER BY ?kind"""));
    }

    @Test
    void everyAlignmentQuotesItsSourceFileAndItsObjective() {
        List<SourceText> sources = Corpus.open(Path.of("data/corpus")).documents();
        List<String> wrong = new ArrayList<>();
        int n = 0;
        String sparql = """
                SELECT ?a ?file ?words ?start ?end ?text ?objectiveWords ?partText WHERE {
                  ?a a gcm:Alignment ; gcm:alignmentIn ?t ; gcm:matchedText ?words ; gcm:startOffset ?start ;
                     gcm:endOffset ?end ; prov:wasDerivedFrom/gcm:fileName ?file ; gcm:objectiveWords ?objectiveWords ;
                     gcm:alignedWith ?part .
                  { ?t gcm:text ?text } UNION { ?t a gcm:Commitment ; dcterms:description ?text }
                  { ?part a gcm:Objective ; dcterms:title ?partText } UNION { ?part a gcm:Action ; dcterms:description ?partText }
                }""";
        for (QuerySolution row : QueryAnswers.solutions(sparql)) {
            n++;
            String content = sources.stream()
                    .filter(s -> s.fileName().equals(row.getLiteral("file").getString()))
                    .findFirst()
                    .orElseThrow()
                    .content();
            int start = content.offsetByCodePoints(0, row.getLiteral("start").getInt());
            int end = content.offsetByCodePoints(0, row.getLiteral("end").getInt());
            String words = row.getLiteral("words").getString();
            String text =
                    row.getLiteral("text").getString().replaceAll("\\s+", " ").toLowerCase();
            if (!content.substring(start, end).equals(words)
                    || !text.contains(words.replaceAll("\\s+", " ").toLowerCase())
                    || !row.getLiteral("partText")
                            .getString()
                            .contains(row.getLiteral("objectiveWords").getString())) {
                wrong.add(row.getResource("a").getURI());
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(284, n);
    }

    @Test
    void theShapesRefuseALinkWithoutEvidenceAndEvidenceWithoutItsLink() {
        Model iom = ModelFactory.createDefaultModel()
                .add(CorpusGraph.get().getNamedModel(Uris.graph("iom-idm-red-book-27")));
        assertTrue(
                ShaclValidator.get().validate(Ontology.shapes(), iom.getGraph()).conforms());
        Resource statement = iom.getResource("https://w3id.org/gcm/id/statement/iom-idm-red-book-27/47");
        iom.remove(statement, GCM.addresses, iom.getResource(BookletUris.objective(7)));
        iom.add(statement, GCM.addresses, iom.getResource(BookletUris.objective(8)));
        List<String> shapes = ShaclValidator.get().validate(Ontology.shapes(), iom.getGraph()).getEntries().stream()
                .map(e -> e.source().getLocalName() + " " + e.focusNode().getURI())
                .sorted()
                .toList();
        assertEquals(
                List.of(
                        "AddressesEvidenceShape https://w3id.org/gcm/id/statement/iom-idm-red-book-27/47",
                        "AlignmentLinkShape https://w3id.org/gcm/id/alignment/iom-idm-red-book-27/statement/47/objective/7/82024-82037"),
                shapes);
    }

    @Test
    void anAlignmentInFull() {
        String a = "https://w3id.org/gcm/id/alignment/iom-idm-red-book-27/statement/47/objective/7/82024-82037";
        assertEquals(
                List.of("https://w3id.org/gcm/id/statement/iom-idm-red-book-27/47 | "
                        + "https://w3id.org/gcm/id/objective/7 | unaccompanied | https://w3id.org/gcm/id/objective/7/action/f | "
                        + "unaccompanied and separated children | 1.0 | lexicon"),
                select("SELECT ?t ?o ?w ?part ?ow ?score ?m WHERE { <"
                        + a
                        + "> gcm:alignmentIn ?t ; gcm:alignmentOf ?o ; gcm:matchedText ?w ; gcm:alignedWith ?part ; "
                        + "gcm:objectiveWords ?ow ; gcm:score ?score ; gcm:method ?m }"));
        // A text about the negotiation process (statement 7, "a historic opportunity being brought to a successful
        // conclusion") addresses nothing.
        assertEquals(
                List.of("0"),
                select("SELECT (COUNT(*) AS ?n) WHERE { "
                        + "<https://w3id.org/gcm/id/statement/iom-idm-red-book-27/7> gcm:addresses ?o }"));
    }
}

package org.gcmkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.gcmkg.CorpusGraph;
import org.gcmkg.corpus.Corpus;
import org.gcmkg.graph.GCM;
import org.gcmkg.kind.KnowledgeGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 2x and 3x corpora build through the loader as a corpus of their own, with the figures of n variants. */
class ScaledCorpusTest {
    @TempDir
    Path temp;

    @Test
    void theTwofoldCorpusHoldsTwoVariantsOfEachDocument() throws Exception {
        Path dir = temp.resolve("2x");
        ScaledCorpus.write(CorpusGraph.CORPUS, dir, 2);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(
                    List.of(
                            "gcm-implementation-booklet-v2.txt",
                            "gcm-implementation-booklet.txt",
                            "icmpd-input-unsg-report-v2.txt",
                            "icmpd-input-unsg-report.txt",
                            "iom-idm-red-book-27-v2.txt",
                            "iom-idm-red-book-27.txt",
                            "quno-foundations-objective-23-v2.txt",
                            "quno-foundations-objective-23.txt"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals(
                Files.readString(CorpusGraph.CORPUS.resolve("iom-idm-red-book-27.txt")),
                Files.readString(dir.resolve("iom-idm-red-book-27-v2.txt")));
    }

    @Test
    void theOnefoldCorpusIsTheCorpus() {
        assertEquals(
                "triples=33492 SourceDocument=4 Objective=23 Action=187 Example=94 Statement=119 Workshop=2 Theme=5"
                        + " Commitment=30 Guidance=2 Citation=116 Recommendation=39 Mention=788 graphs=5 quads=33881",
                figures(CorpusGraph.get()));
    }

    /**
     * What each document mints grows n times (documents, statements, workshops, themes, commitments, guidance,
     * citations, recommendations, mentions, named graphs and the quads in them); the objectives, their actions and
     * examples stay one each.
     */
    @Test
    void theTwoAndThreefoldCorporaGrowWhatEachDocumentMints() {
        assertEquals(
                "triples=61031 SourceDocument=8 Objective=23 Action=187 Example=94 Statement=238 Workshop=4 Theme=10"
                        + " Commitment=60 Guidance=4 Citation=232 Recommendation=78 Mention=1576 graphs=9 quads=67053",
                figures(build(2)));
        assertEquals(
                "triples=88570 SourceDocument=12 Objective=23 Action=187 Example=94 Statement=357 Workshop=6 Theme=15"
                        + " Commitment=90 Guidance=6 Citation=348 Recommendation=117 Mention=2364 graphs=13"
                        + " quads=100225",
                figures(build(3)));
    }

    private Dataset build(int n) {
        Path dir = temp.resolve(n + "x");
        ScaledCorpus.write(CorpusGraph.CORPUS, dir, n);
        return KnowledgeGraph.build(Corpus.open(dir));
    }

    /** The triples of the union graph, the instances of what each kind mints, and the named graphs and their quads. */
    private static String figures(Dataset dataset) {
        Model union = dataset.getDefaultModel();
        StringBuilder seen = new StringBuilder("triples=").append(union.size());
        for (Resource type : List.of(
                GCM.SourceDocument,
                GCM.Objective,
                GCM.Action,
                GCM.Example,
                GCM.Statement,
                GCM.Workshop,
                GCM.Theme,
                GCM.Commitment,
                GCM.Guidance,
                GCM.Citation,
                GCM.Recommendation,
                GCM.Mention)) {
            seen.append(' ')
                    .append(type.getLocalName())
                    .append('=')
                    .append(union.listSubjectsWithProperty(RDF.type, type)
                            .toList()
                            .size());
        }
        int graphs = 0;
        long quads = 0;
        for (var names = dataset.listNames(); names.hasNext(); ) {
            quads += dataset.getNamedModel(names.next()).size();
            graphs++;
        }
        return seen.append(" graphs=")
                .append(graphs)
                .append(" quads=")
                .append(quads)
                .toString();
    }
}

package org.gcmkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.gcmkg.CorpusGraph;
import org.gcmkg.graph.GCM;
import org.gcmkg.kind.booklet.BookletUris;
import org.junit.jupiter.api.Test;

/**
 * The data of the chart of objectives by the statements and recommendations that address them
 * ({@code /charts/objectives-addressed}), from its own query on the graph of data/corpus: every objective, in order,
 * with exact counts, which agree with the gcm:addresses links counted without SPARQL.
 */
class ObjectivesAddressedChartTest {
    static final String CHART = "objectives-addressed";

    @Test
    void everyObjectiveWithItsStatementsAndRecommendations() {
        ChartServlet.Chart chart = ChartServlet.CHARTS.stream()
                .filter(c -> c.name().equals(CHART))
                .findFirst()
                .orElseThrow();
        assertEquals(SparqlFiles.text("chart-" + CHART), chart.query());
        Model union = CorpusGraph.get().getDefaultModel();
        List<QuerySolution> rows = SparqlFiles.select(union.getGraph(), new ParameterizedSparqlString(chart.query()));
        assertEquals(
                IntStream.rangeClosed(1, 23).boxed().toList(),
                rows.stream().map(r -> r.getLiteral("objective").getInt()).toList());
        assertEquals(
                IntStream.rangeClosed(1, 23).mapToObj(BookletUris::objective).toList(),
                rows.stream().map(r -> r.getResource("o").getURI()).toList());
        List<Integer> statements =
                rows.stream().map(r -> r.getLiteral("statements").getInt()).toList();
        List<Integer> recommendations =
                rows.stream().map(r -> r.getLiteral("recommendations").getInt()).toList();
        // Objectives 1-23, as the method links them (AddressesAccuracyTest gives its accuracy).
        assertEquals(List.of(2, 7, 3, 0, 8, 8, 29, 0, 3, 6, 0, 0, 3, 1, 5, 9, 5, 0, 5, 2, 5, 1, 9), statements);
        assertEquals(List.of(1, 4, 1, 1, 1, 3, 10, 0, 1, 2, 2, 0, 2, 0, 0, 2, 1, 0, 0, 1, 1, 0, 0), recommendations);
        assertEquals(counted(union, GCM.Statement), statements);
        assertEquals(counted(union, GCM.Recommendation), recommendations);
        assertEquals(
                "Save lives and establish coordinated international efforts on missing migrants",
                rows.get(7).getLiteral("title").getString());
    }

    /** For objectives 1-23, how many texts of the kind address it, counted with the model's API. */
    static List<Integer> counted(Model union, Resource kind) {
        List<Integer> counts = new ArrayList<>();
        for (int n = 1; n <= 23; n++) {
            Resource objective = union.createResource(BookletUris.objective(n));
            counts.add((int) union.listSubjectsWithProperty(GCM.addresses, objective)
                    .filterKeep(t -> t.hasProperty(RDF.type, kind))
                    .toList()
                    .size());
        }
        return counts;
    }
}

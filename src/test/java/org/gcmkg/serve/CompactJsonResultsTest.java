package org.gcmkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetReaderRegistry;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.riot.rowset.rw.RowSetWriterJSON;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CompactJsonResultsTest {
    /** Every kind of term a result holds: IRIs, blank nodes, literals of each kind (escapes too), triple terms. */
    private static final String TERMS =
            "SELECT ?term ?blank ?unbound WHERE { VALUES ?term { <https://w3id.org/gcm/id/objective/1>"
                    + " \"plain\" \"en\"@en \"rtl\"@ar--rtl \"7\"^^<http://www.w3.org/2001/XMLSchema#integer> \"a\\n\\\"b\\\"\\t\\u0001"
                    + "\u00e9\u2028/\\\\\" <<( <urn:s> <urn:p> \"o\"@fr )>> } BIND(BNODE(STR(?term)) AS ?blank) }";

    @BeforeAll
    static void install() {
        CompactJsonResults.install();
    }

    @Test
    void answersWhatJenasWriterAnswers() {
        RowSetRewindable rows = QueryExec.dataset(DatasetFactory.create().asDatasetGraph())
                .query(TERMS)
                .select()
                .rewindable();
        assertEquals(7, rows.size());
        byte[] jena = write(rows, false);
        rows.reset();
        byte[] compact = write(rows, true);
        assertTrue(compact.length < jena.length, "no indentation");

        RowSetRewindable fromJena = read(jena);
        RowSetRewindable fromCompact = read(compact);
        assertEquals(
                List.of("term", "blank", "unbound"),
                fromCompact.getResultVars().stream().map(v -> v.getVarName()).toList());
        assertEquals(7, fromCompact.size());
        // Blank nodes compared by their pattern across rows, as the labels are the answer's own.
        assertTrue(ResultsCompare.equalsByTermAndOrder(fromJena, fromCompact));
        fromCompact.reset();
        Binding first = fromCompact.next();
        assertEquals("https://w3id.org/gcm/id/objective/1", first.get("term").getURI());
        assertTrue(first.get("blank").isBlank());
        assertFalse(first.contains("unbound"));
    }

    @Test
    void oneBindingALine() {
        RowSet rows = QueryExec.dataset(DatasetFactory.create().asDatasetGraph())
                .query("SELECT ?n WHERE { VALUES ?n { 1 2 } }")
                .select();
        assertEquals(
                "{\"head\":{\"vars\":[\"n\"]},\"results\":{\"bindings\":[\n"
                        + "{\"n\":{\"type\":\"literal\",\"datatype\":\"http://www.w3.org/2001/XMLSchema#integer\","
                        + "\"value\":\"1\"}},\n"
                        + "{\"n\":{\"type\":\"literal\",\"datatype\":\"http://www.w3.org/2001/XMLSchema#integer\","
                        + "\"value\":\"2\"}}]}}\n",
                new String(write(rows, true), StandardCharsets.UTF_8));
    }

    @Test
    void askAnswers() {
        for (boolean answer : new boolean[] {true, false}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RowSetWriterRegistry.getFactory(ResultSetLang.RS_JSON)
                    .create(ResultSetLang.RS_JSON)
                    .write(out, answer, Context.emptyContext());
            assertEquals("{\"head\":{},\"boolean\":" + answer + "}\n", out.toString(StandardCharsets.UTF_8));
            assertEquals(
                    answer,
                    RowSetReaderRegistry.getFactory(ResultSetLang.RS_JSON)
                            .create(ResultSetLang.RS_JSON)
                            .readAny(new ByteArrayInputStream(out.toByteArray()), Context.emptyContext())
                            .booleanResult());
        }
    }

    private static byte[] write(RowSet rows, boolean compact) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        (compact ? RowSetWriterRegistry.getFactory(ResultSetLang.RS_JSON) : RowSetWriterJSON.factory)
                .create(ResultSetLang.RS_JSON)
                .write(out, rows, Context.emptyContext());
        return out.toByteArray();
    }

    private static RowSetRewindable read(byte[] json) {
        return RowSetReaderRegistry.getFactory(ResultSetLang.RS_JSON)
                .create(ResultSetLang.RS_JSON)
                .read(new ByteArrayInputStream(json), Context.emptyContext())
                .rewindable();
    }
}

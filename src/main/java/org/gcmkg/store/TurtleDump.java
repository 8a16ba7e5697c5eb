package org.gcmkg.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * The Turtle and TriG dumps, written as the store gives the triples: by subject, one block of predicates and objects
 * for each (in TriG, inside its graph's block), under the dataset's prefixes. In a 100x build, Jena's streaming TriG
 * writer alone took 35 % of the CPU spent on the derived files: it indents through {@code IndentedWriter} a character at
 * a time (12 % of the TriG dump was padding), and abbreviates every IRI through a general-purpose prefix map
 * ({@link TurtleTerms} does it with one lookup). The layout here is fixed.
 */
final class TurtleDump {
    private final Writer out;
    private final PrefixMap prefixes;
    private final TurtleTerms terms;

    private TurtleDump(OutputStream out, PrefixMap prefixes) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        this.prefixes = prefixes;
        this.terms = new TurtleTerms(prefixes);
    }

    /** Writes {@code triples}, in the store's order, as Turtle. */
    static void triples(Iterator<Triple> triples, PrefixMap prefixes, OutputStream out) {
        TurtleDump dump = new TurtleDump(out, prefixes);
        dump.run(() -> dump.blocks(triples, ""));
    }

    /** Writes the named graphs of {@code dataset} (read in the caller's transaction) as TriG, its default graph left out. */
    static void namedGraphs(DatasetGraph dataset, PrefixMap prefixes, OutputStream out) {
        TurtleDump dump = new TurtleDump(out, prefixes);
        dump.run(() -> dump.graphs(dataset));
    }

    private void graphs(DatasetGraph dataset) throws IOException {
        for (Iterator<Node> names = dataset.listGraphNodes(); names.hasNext(); ) {
            Node name = names.next();
            terms.write(name, out);
            out.write(" {\n");
            ExtendedIterator<Triple> triples = dataset.getGraph(name).find();
            try {
                blocks(triples, "    ");
            } finally {
                triples.close();
            }
            out.write("}\n\n");
        }
    }

    private interface Body {
        void write() throws IOException;
    }

    /** The prefixes, then {@code body}. */
    private void run(Body body) {
        try {
            header();
            body.write();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void header() throws IOException {
        for (Map.Entry<String, String> p : prefixes.getMapping().entrySet()) {
            out.write("PREFIX ");
            out.write(p.getKey());
            out.write(": <");
            TurtleTerms.iriBody(p.getValue(), out);
            out.write(">\n");
        }
        out.write('\n');
    }

    /** One block per run of triples with the same subject, each line indented by {@code indent}. */
    private void blocks(Iterator<Triple> triples, String indent) throws IOException {
        Node subject = null;
        while (triples.hasNext()) {
            Triple t = triples.next();
            if (t.getSubject().equals(subject)) {
                out.write(" ;\n");
                out.write(indent);
                out.write("    ");
            } else {
                if (subject != null) {
                    out.write(" .\n\n");
                }
                subject = t.getSubject();
                out.write(indent);
                terms.write(subject, out);
                out.write(' ');
            }
            out.write(terms.predicate(t.getPredicate()));
            out.write(' ');
            terms.object(t.getPredicate(), t.getObject(), out);
        }
        if (subject != null) {
            out.write(" .\n");
        }
    }
}

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
 * for each (in TriG, inside its graph's block), under the dataset's prefixes. Jena's streaming writers took 35 % of the CPU of a 100x build's derived files for Turtle and TriG alone: they indent
 * through {@code IndentedWriter} a character at a time (12 % of the TriG dump was padding), and abbreviate and check
 * every IRI through general-purpose prefix maps and IRI quoting ({@link TurtleTerms} does it with one lookup). The
 * layout here is fixed.
 */
final class TurtleDump {
    private final Writer out;
    private final TurtleTerms terms;

    private TurtleDump(OutputStream out, TurtleTerms terms) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        this.terms = terms;
    }

    /** Writes {@code triples}, in the store's order, as Turtle. */
    static void triples(Iterator<Triple> triples, PrefixMap prefixes, OutputStream out) {
        TurtleDump dump = new TurtleDump(out, new TurtleTerms(prefixes));
        dump.run(() -> {
            dump.header(prefixes);
            dump.blocks(triples, "");
        });
    }

    /** Writes the named graphs of {@code dataset} (read in the caller's transaction) as TriG, its default graph left out. */
    static void namedGraphs(DatasetGraph dataset, PrefixMap prefixes, OutputStream out) {
        TurtleDump dump = new TurtleDump(out, new TurtleTerms(prefixes));
        dump.run(() -> {
            dump.header(prefixes);
            for (Iterator<Node> names = dataset.listGraphNodes(); names.hasNext(); ) {
                Node name = names.next();
                dump.terms.write(name, dump.out);
                dump.out.write(" {\n");
                ExtendedIterator<Triple> triples = dataset.getGraph(name).find();
                try {
                    dump.blocks(triples, "    ");
                } finally {
                    triples.close();
                }
                dump.out.write("}\n\n");
            }
        });
    }

    private interface Body {
        void write() throws IOException;
    }

    private void run(Body body) {
        try {
            body.write();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void header(PrefixMap prefixes) throws IOException {
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

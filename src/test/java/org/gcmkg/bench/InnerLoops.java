package org.gcmkg.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.gcmkg.corpus.Corpus;
import org.gcmkg.corpus.SourceText;
import org.gcmkg.kind.KnowledgeGraph;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH's measure of the inner loops the harness compares: the corpus text (already read) to the in-memory graph, and
 * RIOT parsing that graph's N-Triples (already in memory) into a graph. {@code corpus} is a directory the harness
 * wrote ({@link ScaledCorpus}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class InnerLoops {
    @Param("target/bench/work/corpus-1x")
    public String corpus;

    private List<SourceText> documents;
    private byte[] ntriples;

    @Setup
    public void read() {
        documents = Corpus.open(Path.of(corpus)).documents();
        Dataset graph = KnowledgeGraph.build(documents);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, graph.getDefaultModel().getGraph(), RDFFormat.NTRIPLES_UTF8);
        ntriples = out.toByteArray();
    }

    @Benchmark
    public Dataset extraction() {
        return KnowledgeGraph.build(documents);
    }

    @Benchmark
    public Graph riotParse() {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(ntriples)).lang(Lang.NTRIPLES).parse(graph);
        return graph;
    }
}

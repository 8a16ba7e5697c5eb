package org.gcmkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.gcmkg.graph.GCM;
import org.gcmkg.graph.Uris;
import org.gcmkg.link.InstrumentIds;

/**
 * The figures of a generation that its dataset description (VoID) and service description report: sizes, classes,
 * vocabularies, links to other datasets, named graphs. They take a pass over every triple, so they are measured once,
 * when the generation is built, and kept beside it in {@value #FILE}: a server then starts without reading the graph.
 *
 * @param triples             distinct triples of the union of the graphs (its stored default graph)
 * @param classes             class IRI → number of resources typed with it
 * @param properties          distinct predicates
 * @param vocabularies        namespaces of the predicates and classes
 * @param links               {@link #LINK_TARGETS link target} → predicate IRI → links from the graph's own resources
 * @param sources             the IRIs of the source documents ({@code gcm:SourceDocument})
 * @param namedGraphs         named graph IRI → its triples
 */
public record GraphCensus(
        long triples,
        long distinctSubjects,
        long distinctObjects,
        long entities,
        Map<String, Long> classes,
        long properties,
        Set<String> vocabularies,
        Map<String, Map<String, Long>> links,
        Set<String> sources,
        Map<String, Long> namedGraphs) {
    static final String FILE = "census.json";

    /** The IRI spaces of the datasets the graph links to: UN SDG, Wikidata, GeoNames. */
    public static final List<String> LINK_TARGETS =
            List.of(Uris.UN_SDG, InstrumentIds.WIKIDATA, "https://sws.geonames.org/");

    public GraphCensus {
        classes = Collections.unmodifiableMap(new TreeMap<>(classes));
        vocabularies = Collections.unmodifiableSet(new TreeSet<>(vocabularies));
        Map<String, Map<String, Long>> byTarget = new LinkedHashMap<>();
        links.forEach(
                (target, byPredicate) -> byTarget.put(target, Collections.unmodifiableMap(new TreeMap<>(byPredicate))));
        links = Collections.unmodifiableMap(byTarget);
        sources = Collections.unmodifiableSet(new TreeSet<>(sources));
        namedGraphs = Collections.unmodifiableMap(new TreeMap<>(namedGraphs));
    }

    /**
     * Measures {@code dataset} (a generation's, whose default graph is the union of its named graphs) and writes the
     * figures into {@code generation}: called once by the build.
     */
    static GraphCensus prepare(Path generation, DatasetGraph dataset) {
        GraphCensus census = Txn.calculateRead(dataset, () -> measure(dataset));
        census.write(generation);
        return census;
    }

    /**
     * The figures of {@code dataset}, a TDB2 dataset, read in the caller's transaction. Distinct subjects and objects
     * are counted as the changes of the first component along the SPO and OSP indexes, whose keys are sorted by node
     * id (TDB2 gives each distinct node one id), so that no set of every node is held: at 100× such sets took hundreds
     * of MB of heap.
     */
    static GraphCensus measure(DatasetGraph dataset) {
        NodeTupleTable table =
                TDBInternal.getDatasetGraphTDB(dataset).getTripleTable().getNodeTupleTable();
        NodeTable nodes = table.getNodeTable();
        long triples = 0;
        long subjects = 0;
        long entities = 0;
        Map<NodeId, Node> predicates = new HashMap<>();
        Map<String, Long> classes = new TreeMap<>();
        Set<String> vocabularies = new TreeSet<>();
        Map<String, Map<String, Long>> links = new LinkedHashMap<>();
        Set<String> sources = new TreeSet<>();
        Node type = RDF.type.asNode();
        Node sourceDocument = GCM.SourceDocument.asNode();
        NodeId subjectId = null;
        Node s = null;
        boolean own = false;
        for (Iterator<Tuple<NodeId>> spo = index(table, "SPO").all(); spo.hasNext(); ) {
            Tuple<NodeId> t = spo.next();
            triples++;
            if (!t.get(0).equals(subjectId)) {
                subjectId = t.get(0);
                s = nodes.getNodeForNodeId(subjectId);
                subjects++;
                own = s.isURI() && s.getURI().startsWith(GCM.ID);
                if (own) {
                    entities++;
                }
            }
            Node p = predicates.computeIfAbsent(t.get(1), nodes::getNodeForNodeId);
            boolean typing = p.equals(type);
            // A literal inlined in its id is neither a class nor a link: no need to read it.
            if (!(typing || own) || NodeId.isInline(t.get(2))) {
                continue;
            }
            Node o = nodes.getNodeForNodeId(t.get(2));
            if (typing && o.isURI()) {
                classes.merge(o.getURI(), 1L, Long::sum);
                vocabularies.add(namespace(o.getURI()));
                if (o.equals(sourceDocument) && s.isURI()) {
                    sources.add(s.getURI());
                }
            } else if (!typing && o.isURI()) {
                for (String target : LINK_TARGETS) {
                    if (o.getURI().startsWith(target)) {
                        links.computeIfAbsent(target, k -> new TreeMap<>()).merge(p.getURI(), 1L, Long::sum);
                    }
                }
            }
        }
        predicates.values().forEach(p -> vocabularies.add(namespace(p.getURI())));
        return new GraphCensus(
                triples,
                subjects,
                distinctLeading(index(table, "OSP"), 2),
                entities,
                classes,
                predicates.size(),
                vocabularies,
                links,
                sources,
                namedGraphSizes(dataset));
    }

    /** The triple index of {@code table} named {@code name} (its components in key order). */
    private static TupleIndex index(NodeTupleTable table, String name) {
        return Arrays.stream(table.getTupleTable().getIndexes())
                .filter(i -> i.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the store has no " + name + " index"));
    }

    /**
     * The number of distinct nodes at {@code component} (0 subject, 1 predicate, 2 object) of the triples of an index
     * whose keys begin with it: where it changes, in key order.
     */
    private static long distinctLeading(TupleIndex index, int component) {
        long distinct = 0;
        NodeId last = null;
        for (Iterator<Tuple<NodeId>> keys = index.all(); keys.hasNext(); ) {
            NodeId id = keys.next().get(component);
            if (!id.equals(last)) {
                distinct++;
                last = id;
            }
        }
        return distinct;
    }

    /** Each named graph of {@code dataset} with its triples, read in the caller's transaction. */
    public static Map<String, Long> namedGraphSizes(DatasetGraph dataset) {
        Map<String, Long> sizes = new TreeMap<>();
        dataset.listGraphNodes()
                .forEachRemaining(
                        g -> sizes.put(g.getURI(), (long) dataset.getGraph(g).size()));
        return sizes;
    }

    /** The figures kept in {@code generation}, if its build wrote them (a build by an older version did not). */
    static Optional<GraphCensus> read(Path generation) throws IOException {
        JsonObject json;
        try (InputStream in = Files.newInputStream(generation.resolve(FILE))) {
            json = JSON.parse(in);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        try {
            Map<String, Map<String, Long>> links = new LinkedHashMap<>();
            json.get("links").getAsObject().forEach((target, byPredicate) -> links.put(target, counts(byPredicate)));
            return Optional.of(new GraphCensus(
                    number(json, "triples"),
                    number(json, "distinctSubjects"),
                    number(json, "distinctObjects"),
                    number(json, "entities"),
                    counts(json.get("classes")),
                    number(json, "properties"),
                    strings(json.get("vocabularies")),
                    links,
                    strings(json.get("sources")),
                    counts(json.get("namedGraphs"))));
        } catch (RuntimeException e) {
            throw new IOException(generation.resolve(FILE) + " is incomplete: " + e.getMessage(), e);
        }
    }

    private void write(Path generation) {
        JsonObject json = new JsonObject();
        json.put("triples", triples);
        json.put("distinctSubjects", distinctSubjects);
        json.put("distinctObjects", distinctObjects);
        json.put("entities", entities);
        json.put("classes", object(classes, JsonNumber::value));
        json.put("properties", properties);
        json.put("vocabularies", array(vocabularies));
        json.put("links", object(links, byPredicate -> object(byPredicate, JsonNumber::value)));
        json.put("sources", array(sources));
        json.put("namedGraphs", object(namedGraphs, JsonNumber::value));
        // Written aside and renamed, so that a reader never sees half of it.
        Path part = generation.resolve(FILE + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(part)) {
                JSON.write(out, json);
            }
            Files.move(part, generation.resolve(FILE), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <V> JsonObject object(Map<String, V> map, Function<V, JsonValue> value) {
        JsonObject json = new JsonObject();
        map.forEach((key, v) -> json.put(key, value.apply(v)));
        return json;
    }

    private static JsonArray array(Set<String> strings) {
        JsonArray json = new JsonArray();
        strings.forEach(json::add);
        return json;
    }

    private static long number(JsonObject json, String key) {
        return json.get(key).getAsNumber().value().longValue();
    }

    private static Map<String, Long> counts(JsonValue json) {
        Map<String, Long> counts = new TreeMap<>();
        json.getAsObject()
                .forEach((key, n) -> counts.put(key, n.getAsNumber().value().longValue()));
        return counts;
    }

    private static Set<String> strings(JsonValue json) {
        Set<String> strings = new TreeSet<>();
        json.getAsArray().forEach(s -> strings.add(s.getAsString().value()));
        return strings;
    }

    /** The namespace of an IRI: up to its last {@code #} or {@code /}. */
    private static String namespace(String uri) {
        int cut = Math.max(uri.lastIndexOf('#'), uri.lastIndexOf('/'));
        return uri.substring(0, cut + 1);
    }
}

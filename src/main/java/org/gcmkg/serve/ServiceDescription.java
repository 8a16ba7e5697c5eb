package org.gcmkg.serve;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.gcmkg.graph.GCM;
import org.gcmkg.store.GraphCensus;
import org.gcmkg.store.StoredGraph;

/**
 * The SPARQL 1.1 Service Description of one dataset's query endpoint: what a client such as Comunica reads to know
 * that the URL is a SPARQL endpoint, and what it may ask of it. The named graphs and their sizes are read once, when
 * the server starts (the dataset is read-only); the URLs are made per request.
 */
final class ServiceDescription {
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String TEXT_QUERY = TextQuery.NS + "query";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";

    /**
     * The result formats Fuseki writes, by their W3C format IRI, with the media type that asks for each: SPARQL
     * results for SELECT and ASK, RDF syntaxes for CONSTRUCT and DESCRIBE.
     */
    static final Map<String, String> RESULT_FORMATS = resultFormats();

    private final Map<String, Long> namedGraphs;
    private final long defaultGraphTriples;
    private final boolean unionDefaultGraph;
    private final boolean textSearch;
    private final long queryTimeoutMillis;
    private final long resultLimit;
    private final boolean described;

    private ServiceDescription(
            Map<String, Long> namedGraphs,
            long defaultGraphTriples,
            boolean unionDefaultGraph,
            boolean textSearch,
            ServerOptions options,
            boolean described) {
        this.namedGraphs = namedGraphs;
        this.defaultGraphTriples = defaultGraphTriples;
        this.unionDefaultGraph = unionDefaultGraph;
        this.textSearch = textSearch;
        this.queryTimeoutMillis = options.queryTimeoutMillis();
        this.resultLimit = options.resultLimit();
        this.described = described;
    }

    /**
     * The description of the store's dataset, the one {@code /.well-known/void} describes (then the description's
     * default dataset), from the figures its build measured.
     */
    static ServiceDescription of(StoredGraph store, ServerOptions options) {
        GraphCensus census = store.census();
        DatasetGraph dataset = store.dataset();
        return new ServiceDescription(
                census.namedGraphs(), census.triples(), unionDefaultGraph(dataset), textSearch(dataset), options, true);
    }

    /** The description of another dataset, whose graphs are counted now. */
    static ServiceDescription of(DatasetGraph dataset, ServerOptions options) {
        Map<String, Long> namedGraphs = Txn.calculateRead(dataset, () -> GraphCensus.namedGraphSizes(dataset));
        boolean dynamicUnion = dataset.getContext().isTrue(TDB2.symUnionDefaultGraph);
        long defaultGraphTriples = Txn.calculateRead(
                dataset, () -> (long) (dynamicUnion ? dataset.getUnionGraph() : dataset.getDefaultGraph()).size());
        return new ServiceDescription(
                namedGraphs, defaultGraphTriples, unionDefaultGraph(dataset), textSearch(dataset), options, false);
    }

    private static boolean unionDefaultGraph(DatasetGraph dataset) {
        return dataset.getContext().isTrue(TDB2.symUnionDefaultGraph)
                || dataset.getContext().isTrue(StoredGraph.DEFAULT_GRAPH_IS_UNION);
    }

    private static boolean textSearch(DatasetGraph dataset) {
        return dataset instanceof DatasetGraphText || dataset.getContext().get(TextQuery.textIndex) != null;
    }

    /** Triples of the dataset, its default graph's and named graphs' together (as quads, one per graph). */
    long quads() {
        return defaultGraphTriples
                + namedGraphs.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The named graphs, by name, with their number of triples. */
    Map<String, Long> namedGraphs() {
        return namedGraphs;
    }

    /** The description of the endpoint at {@code endpoint}, on a server whose own links start with {@code base}. */
    Model model(String endpoint, String base) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD);
        m.setNsPrefix("formats", FORMATS);
        m.setNsPrefix("void", VOID.NS);
        m.setNsPrefix("dcterms", DCTerms.NS);
        m.setNsPrefix("rdfs", RDFS.uri);
        m.setNsPrefix("xsd", XSDDatatype.XSD + "#");
        m.setNsPrefix("gcm", GCM.NS);
        m.setNsPrefix("text", TextQuery.NS);
        // The endpoint URL is the service's IRI, so that a client that fetched it finds it as the subject.
        Resource service = m.createResource(endpoint)
                .addProperty(RDF.type, sd(m, "Service"))
                .addProperty(sdp(m, "endpoint"), m.createResource(endpoint))
                .addProperty(sdp(m, "supportedLanguage"), sd(m, "SPARQL11Query"))
                .addProperty(sdp(m, "feature"), sd(m, "BasicFederatedQuery"));
        if (unionDefaultGraph) {
            service.addProperty(sdp(m, "feature"), sd(m, "UnionDefaultGraph"));
        }
        RESULT_FORMATS.keySet().forEach(f -> service.addProperty(sdp(m, "resultFormat"), m.createResource(f)));
        if (textSearch) {
            service.addProperty(
                    sdp(m, "extensionFunction"),
                    m.createResource(TEXT_QUERY)
                            .addProperty(RDF.type, sd(m, "Function"))
                            .addProperty(RDFS.label, "text:query")
                            .addProperty(
                                    RDFS.comment,
                                    m.createLiteral(
                                            "Jena's full-text search, a property function: "
                                                    + "(?resource ?score ?literal) text:query 'Lucene query' binds the resources whose labels, "
                                                    + "titles, descriptions, leads or texts match.",
                                            "en"))
                            .addProperty(
                                    RDFS.seeAlso,
                                    m.createResource("https://jena.apache.org/documentation/query/text-query.html")));
        }
        if (queryTimeoutMillis > 0) {
            service.addLiteral(
                    GCM.queryTimeout, m.createTypedLiteral(Long.toString(queryTimeoutMillis), XSDDatatype.XSDinteger));
        }
        if (resultLimit > 0) {
            service.addLiteral(
                    GCM.resultLimit, m.createTypedLiteral(Long.toString(resultLimit), XSDDatatype.XSDinteger));
        }

        // The default dataset of /gcm is the dataset its VoID description describes.
        String voidDocument = base + VoidServlet.PATH;
        Resource dataset = described ? m.createResource(voidDocument + "#gcm") : m.createResource();
        dataset.addProperty(RDF.type, sd(m, "Dataset"));
        if (described) {
            dataset.addProperty(RDF.type, VOID.Dataset).addProperty(RDFS.seeAlso, m.createResource(voidDocument));
            service.addProperty(RDFS.seeAlso, m.createResource(voidDocument));
        }
        service.addProperty(sdp(m, "defaultDataset"), dataset);
        Resource defaultGraph = m.createResource()
                .addProperty(RDF.type, sd(m, "Graph"))
                .addLiteral(
                        VOID.triples, m.createTypedLiteral(Long.toString(defaultGraphTriples), XSDDatatype.XSDinteger));
        if (unionDefaultGraph) {
            defaultGraph.addProperty(RDFS.comment, m.createLiteral("The union of the named graphs.", "en"));
        }
        dataset.addProperty(sdp(m, "defaultGraph"), defaultGraph);
        namedGraphs.forEach((name, triples) -> dataset.addProperty(
                sdp(m, "namedGraph"),
                m.createResource()
                        .addProperty(RDF.type, sd(m, "NamedGraph"))
                        .addProperty(sdp(m, "name"), m.createResource(name))
                        .addProperty(
                                sdp(m, "graph"),
                                m.createResource()
                                        .addProperty(RDF.type, sd(m, "Graph"))
                                        .addLiteral(
                                                VOID.triples,
                                                m.createTypedLiteral(
                                                        Long.toString(triples), XSDDatatype.XSDinteger)))));
        return m;
    }

    private static Resource sd(Model m, String local) {
        return m.createResource(SD + local);
    }

    private static Property sdp(Model m, String local) {
        return m.createProperty(SD + local);
    }

    private static Map<String, String> resultFormats() {
        Map<String, String> formats = new LinkedHashMap<>();
        formats.put(FORMATS + "SPARQL_Results_JSON", "application/sparql-results+json");
        formats.put(FORMATS + "SPARQL_Results_XML", "application/sparql-results+xml");
        formats.put(FORMATS + "SPARQL_Results_CSV", "text/csv");
        formats.put(FORMATS + "SPARQL_Results_TSV", "text/tab-separated-values");
        formats.put(FORMATS + "Turtle", "text/turtle");
        formats.put(FORMATS + "N-Triples", "application/n-triples");
        formats.put(FORMATS + "JSON-LD", "application/ld+json");
        formats.put(FORMATS + "RDF_XML", "application/rdf+xml");
        formats.put(FORMATS + "TriG", "application/trig");
        formats.put(FORMATS + "N-Quads", "application/n-quads");
        return Collections.unmodifiableMap(formats);
    }
}

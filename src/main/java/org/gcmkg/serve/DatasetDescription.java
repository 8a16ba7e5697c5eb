package org.gcmkg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.gcmkg.graph.GCM;
import org.gcmkg.kind.DocumentKinds;
import org.gcmkg.store.Dump;
import org.gcmkg.store.GraphCensus;
import org.gcmkg.store.StoredGraph;

/**
 * The VoID and DCAT description of the served graph: its size, classes and vocabularies, its links to other datasets,
 * licence, SPARQL endpoint and dumps. The figures are those the store's build measured ({@link GraphCensus});
 * the URLs are made per request, so that they name the server as the client reached it.
 *
 * @param census the figures of the graph
 * @param links  per external dataset key: link predicate IRI → number of links
 */
record DatasetDescription(
        GraphCensus census,
        Map<String, Map<String, Long>> links,
        Map<Dump, Long> dumpSizes,
        String builtAt,
        String version) {
    /** Datasets the graph links to, recognised by the namespace of the IRIs it links to. */
    record ExternalDataset(String key, String title, String uriSpace, String homepage) {}

    static final List<ExternalDataset> EXTERNAL = List.of(
            new ExternalDataset(
                    "un-sdg",
                    "UN Sustainable Development Goals (SDG Knowledge Organization System)",
                    "http://metadata.un.org/sdg/",
                    "http://metadata.un.org/sdg"),
            new ExternalDataset("wikidata", "Wikidata", "http://www.wikidata.org/entity/", "https://www.wikidata.org/"),
            new ExternalDataset("geonames", "GeoNames", "https://sws.geonames.org/", "https://www.geonames.org/"));

    static final String LICENCE = "https://www.apache.org/licenses/LICENSE-2.0";
    /** The graph's persistent IRI, which citations name. */
    static final String PERSISTENT_IRI = "https://w3id.org/gcm/";

    static final String SOURCE_RIGHTS = "The text of this document is the work of its publisher (dcterms:publisher), "
            + "quoted in the graph with credit; the graph's licence does not extend to it.";
    private static final String DCAT_VERSION = DCAT.NS + "version";

    /** Credits the publishers of every kind of document the graph is built from. */
    static final String RIGHTS = "The graph and its ontology are published under the Apache License 2.0. The texts "
            + "it quotes from the corpus documents remain the work of their publishers ("
            + String.join(", ", DocumentKinds.registered().publishers())
            + "), reproduced with credit for research on the Global Compact for Migration.";

    private static final String IANA = "https://www.iana.org/assignments/media-types/";

    /** The description of {@code store}, from the figures its build measured. */
    static DatasetDescription of(StoredGraph store) {
        GraphCensus census = store.census();
        Map<String, Map<String, Long>> links = new LinkedHashMap<>();
        for (ExternalDataset d : EXTERNAL) {
            Map<String, Long> byPredicate = census.links().get(d.uriSpace());
            if (byPredicate != null) {
                links.put(d.key(), byPredicate);
            }
        }
        Map<Dump, Long> sizes = new LinkedHashMap<>();
        for (Dump dump : Dump.values()) {
            try {
                sizes.put(dump, Files.size(store.dump(dump)));
            } catch (IOException e) {
                throw new UncheckedIOException("dump missing from the store: " + e.getMessage(), e);
            }
        }
        return new DatasetDescription(
                census,
                links,
                sizes,
                store.info().builtAt().toString(),
                version(store.info().fingerprint()));
    }

    /**
     * The build's version: the release of the code that built it and, as build metadata, the start of the store's
     * fingerprint (of the corpus, the code and Jena), e.g. {@code 0.1.0+0cf3717d0935}.
     */
    static String version(String fingerprint) {
        String release = DatasetDescription.class.getPackage().getImplementationVersion();
        return (release == null ? "development" : release) + "+" + fingerprint.substring(0, 12);
    }

    /** How many resources of class {@code c} the graph has. */
    long instances(Node c) {
        return census.classes().getOrDefault(c.getURI(), 0L);
    }

    /** The description, with the server's URLs under {@code base} (e.g. {@code https://gcm.example.org}). */
    Model model(String base, String datasetName, Function<Dump, String> dumpPath) {
        Model m = ModelFactory.createDefaultModel();
        String doc = base + VoidServlet.PATH;
        Resource gcm = m.createResource(doc + "#gcm");
        m.createResource(doc)
                .addProperty(RDF.type, VOID.DatasetDescription)
                .addProperty(DCTerms.title, m.createLiteral("Description of the GCM knowledge graph", "en"))
                .addProperty(FOAF.primaryTopic, gcm);
        Resource endpoint = m.createResource(base + datasetName + "/sparql");
        gcm.addProperty(RDF.type, VOID.Dataset)
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, m.createLiteral("GCM knowledge graph", "en"))
                .addProperty(
                        DCTerms.description,
                        m.createLiteral(
                                "A knowledge graph of the UN Global Compact for "
                                        + "Safe, Orderly and Regular Migration (GCM), built from a corpus of documents about it, with "
                                        + "the provenance of every statement down to the lines of its source file.",
                                "en"))
                .addProperty(DCTerms.license, m.createResource(LICENCE))
                .addProperty(DCTerms.rights, m.createLiteral(RIGHTS, "en"))
                .addProperty(DCTerms.modified, m.createTypedLiteral(builtAt, XSDDatatype.XSDdateTime))
                .addProperty(m.createProperty(DCAT_VERSION), version)
                .addProperty(DCTerms.bibliographicCitation, m.createLiteral(citation(), "en"))
                .addProperty(VOID.uriSpace, GCM.ID)
                .addProperty(VOID.sparqlEndpoint, endpoint)
                .addProperty(VOID.triples, integer(m, census.triples()))
                .addProperty(VOID.entities, integer(m, census.entities()))
                .addProperty(VOID.distinctSubjects, integer(m, census.distinctSubjects()))
                .addProperty(VOID.distinctObjects, integer(m, census.distinctObjects()))
                .addProperty(VOID.properties, integer(m, census.properties()))
                .addProperty(VOID.classes, integer(m, census.classes().size()));
        for (String v : census.vocabularies()) {
            gcm.addProperty(VOID.vocabulary, m.createResource(v));
        }
        // The graph's licence is not its sources': each states its own rights.
        for (String source : census.sources()) {
            gcm.addProperty(
                    DCTerms.source,
                    m.createResource(source).addProperty(DCTerms.rights, m.createLiteral(SOURCE_RIGHTS, "en")));
        }
        census.classes()
                .forEach((c, n) -> gcm.addProperty(
                        VOID.classPartition,
                        m.createResource()
                                .addProperty(VOID._class, m.createResource(c))
                                .addProperty(VOID.entities, integer(m, n))));
        for (ExternalDataset d : EXTERNAL) {
            Map<String, Long> byPredicate = links.get(d.key());
            if (byPredicate == null) {
                continue;
            }
            Resource target = m.createResource(doc + "#" + d.key())
                    .addProperty(RDF.type, VOID.Dataset)
                    .addProperty(DCTerms.title, m.createLiteral(d.title(), "en"))
                    .addProperty(VOID.uriSpace, d.uriSpace())
                    .addProperty(FOAF.homepage, m.createResource(d.homepage()));
            Resource linkset = m.createResource(doc + "#links-" + d.key())
                    .addProperty(RDF.type, VOID.Linkset)
                    .addProperty(VOID.subjectsTarget, gcm)
                    .addProperty(VOID.objectsTarget, target)
                    .addProperty(
                            VOID.triples,
                            integer(
                                    m,
                                    byPredicate.values().stream()
                                            .mapToLong(Long::longValue)
                                            .sum()));
            byPredicate.keySet().forEach(p -> linkset.addProperty(VOID.linkPredicate, m.createResource(p)));
            gcm.addProperty(VOID.subset, linkset);
        }
        m.createResource(doc + "#sparql")
                .addProperty(RDF.type, DCAT.DataService)
                .addProperty(DCTerms.title, m.createLiteral("SPARQL endpoint of the GCM knowledge graph", "en"))
                .addProperty(DCAT.endpointURL, endpoint)
                .addProperty(DCTerms.conformsTo, m.createResource("https://www.w3.org/TR/sparql11-protocol/"))
                .addProperty(DCAT.servesDataset, gcm);
        for (Dump dump : Dump.values()) {
            Resource file = m.createResource(base + dumpPath.apply(dump));
            gcm.addProperty(VOID.dataDump, file);
            Resource distribution = m.createResource(
                            doc + "#dump-" + dump.fileName().replace('.', '-'))
                    .addProperty(RDF.type, DCAT.Distribution)
                    .addProperty(DCAT.downloadURL, file)
                    .addProperty(DCAT.byteSize, integer(m, dumpSizes.get(dump)))
                    .addProperty(DCAT.mediaType, m.createResource(IANA + dump.rdfMediaType()));
            if (dump.compressed()) {
                distribution.addProperty(DCAT.compressFormat, m.createResource(IANA + dump.mediaType()));
            }
            gcm.addProperty(DCAT.distribution, distribution);
        }
        return Labels.withPrefixes(m);
    }

    /** How to cite this build of the graph (the same as CITATION.cff, with the build's version and date). */
    String citation() {
        return "The gcm-kg maintainers (" + builtAt.substring(0, 4) + "). GCM knowledge graph: a knowledge graph of "
                + "the Global Compact for Safe, Orderly and Regular Migration, version " + version + ", built "
                + builtAt.substring(0, 10) + ". " + PERSISTENT_IRI;
    }

    private static Literal integer(Model m, long n) {
        return m.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }
}

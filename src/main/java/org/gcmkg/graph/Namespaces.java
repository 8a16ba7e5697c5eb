package org.gcmkg.graph;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/** The prefixes of the graph's output and of its example queries. */
public final class Namespaces {
    private Namespaces() {}

    public static PrefixMapping setPrefixes(PrefixMapping p) {
        return p.setNsPrefix("gcm", GCM.NS)
                .setNsPrefix("sdg", Uris.UN_SDG)
                .setNsPrefix("sdgo", SDGO.NS)
                .setNsPrefix("rdf", RDF.getURI())
                .setNsPrefix("rdfs", RDFS.getURI())
                .setNsPrefix("owl", OWL.getURI())
                .setNsPrefix("xsd", XSD.getURI())
                .setNsPrefix("skos", SKOS.getURI())
                .setNsPrefix("dcterms", DCTerms.getURI())
                .setNsPrefix("prov", PROV.getURI());
    }
}

package org.gcmkg.graph;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms of the UN SDG ontology used by the graph. */
public final class SDGO {
    public static final String NS = "http://metadata.un.org/sdg/ontology#";

    public static final Resource Goal = ResourceFactory.createResource(NS + "Goal");
    public static final Resource Target = ResourceFactory.createResource(NS + "Target");
    public static final Resource Indicator = ResourceFactory.createResource(NS + "Indicator");

    public static String getURI() {
        return NS;
    }

    private SDGO() {}
}

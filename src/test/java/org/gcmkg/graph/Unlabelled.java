package org.gcmkg.graph;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;

/** The resources a graph describes without a label, which every resource the graph writers make must have. */
public final class Unlabelled {
    private Unlabelled() {}

    public static List<Resource> in(Model graph) {
        return graph.listSubjects().toList().stream()
                .filter(r -> !r.hasProperty(RDFS.label))
                .toList();
    }
}

package org.gcmkg.serve;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.gcmkg.graph.GCM;

/** Where a link to an IRI goes on this server's pages: to its page here when there is one, else out to the IRI. */
final class Hrefs {
    /** The ontology's own IRI, served at {@code /ontology}; its terms are {@code /ontology#Term}. */
    static final String ONTOLOGY = GCM.NS.substring(0, GCM.NS.length() - 1);

    static final String ID_PATH = "/id/";
    static final String RESOURCE_PATH = "/resource";

    private Hrefs() {}

    static String of(Graph graph, Node node) {
        String uri = node.getURI();
        if (uri.startsWith(GCM.ID)) {
            return ID_PATH + uri.substring(GCM.ID.length());
        }
        if (uri.startsWith(GCM.NS)) {
            return "/ontology#" + uri.substring(GCM.NS.length());
        }
        if (uri.equals(ONTOLOGY)) {
            return "/ontology";
        }
        if (graph.contains(node, Node.ANY, Node.ANY)) {
            return local(uri);
        }
        return uri;
    }

    /** The page of an IRI outside the graph's namespace that the graph describes (an SDG target, say). */
    static String local(String uri) {
        return RESOURCE_PATH + "?uri=" + Html.param(uri);
    }
}

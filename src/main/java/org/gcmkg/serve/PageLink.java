package org.gcmkg.serve;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * A link to a node on a page (template {@code link}): named by its label, to its page here if it has one, else out to
 * the IRI; {@code external} adds a second link to the publisher's page of an IRI this server also describes.
 * {@code href} is null for a node that is not an IRI, which is shown as text.
 */
record PageLink(String href, String uri, String name, boolean external) {

    static PageLink of(Graph graph, Node node) {
        if (!node.isURI()) {
            return new PageLink(null, null, node.toString(), false);
        }
        String href = Hrefs.of(graph, node);
        return new PageLink(href, node.getURI(), Labels.name(graph, node), href.startsWith(Hrefs.RESOURCE_PATH));
    }

    /** A plain link to {@code href}. */
    static PageLink to(String href, String name) {
        return new PageLink(href, href, name, false);
    }
}

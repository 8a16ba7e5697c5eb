package org.gcmkg.kind.memo;

import org.gcmkg.graph.DocumentGraph;
import org.gcmkg.graph.SectionWriter;
import org.gcmkg.link.Links;

/** A memo as RDF: its body is one section, titled by its subject. */
final class MemoGraph extends DocumentGraph<Memo> {

    MemoGraph(Memo memo, Links links) {
        super(memo, links);
    }

    @Override
    protected void write() {
        new SectionWriter(w).section(document.title(), document.body(), document.bodySpan());
    }
}

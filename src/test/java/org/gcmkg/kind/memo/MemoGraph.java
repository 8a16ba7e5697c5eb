package org.gcmkg.kind.memo;

import org.gcmkg.graph.DocumentGraph;
import org.gcmkg.graph.SectionWriter;

/** A memo as RDF: its body is one section, titled by its subject. */
final class MemoGraph extends DocumentGraph<Memo> {

    @Override
    protected void write() {
        new SectionWriter(w).section(document.title(), document.body(), document.bodySpan());
    }
}

package org.gcmkg.graph;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.gcmkg.corpus.Span;

/**
 * Sections of a document as RDF: a {@code gcm:Section} by its title, with its text and the passage it was read from,
 * part of its source document: the booklet's, ICMPD's and QUNO's sections, written alike (the IOM report's chapters
 * are {@code gcm:Chapter}s of their own).
 */
public final class SectionWriter {
    private final ResourceWriter w;

    public SectionWriter(ResourceWriter w) {
        this.w = w;
    }

    /** The section {@code title}, described in this writer's graph. */
    public Resource section(String title, String text, Span span) {
        Resource r = w.derived(Uris.section(w.stem(), title), GCM.Section, title);
        w.addText(r, DCTerms.title, title);
        w.addText(r, GCM.text, text);
        r.addProperty(DCTerms.isPartOf, w.document());
        w.passage(r, span);
        return r;
    }
}

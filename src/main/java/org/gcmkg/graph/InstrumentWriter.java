package org.gcmkg.graph;

import java.util.Locale;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.gcmkg.corpus.Span;
import org.gcmkg.link.InstrumentRegistry;

/**
 * Legal instruments as RDF: a {@code gcm:LegalInstrument} labelled with the title the registry gives it and with the
 * other names the corpus knows it by ("UNTOC", "Sendai Framework", "Smuggling Protocol") as alternative labels, so
 * that a query or a search by any of them finds it. Every document's graph describes an instrument alike from the same
 * registry entry (only the passage where the document first names it differs), so that the union keeps one label.
 */
public final class InstrumentWriter {
    private final ResourceWriter w;
    private final InstrumentRegistry registry;

    public InstrumentWriter(ResourceWriter w, InstrumentRegistry registry) {
        this.w = w;
        this.registry = registry;
    }

    /** The registered instrument {@code entry}, described in this writer's graph, with the passage that names it. */
    public Resource instrument(InstrumentRegistry.Entry entry, Span named) {
        Resource r = w.derived(Uris.instrument(entry.id()), GCM.LegalInstrument, entry.title());
        String title = entry.title().toLowerCase(Locale.ROOT);
        entry.names().stream()
                .filter(n -> !n.toLowerCase(Locale.ROOT).equals(title))
                .forEach(n -> w.addText(r, SKOS.altLabel, n));
        w.passage(r, named);
        return r;
    }

    /**
     * The instrument {@code id} a text names, described in this writer's graph on the first mention there, unless the
     * document has described it already: by its registry entry, or, for a title no document lists, by the words.
     */
    public Resource mentioned(String id, String words, Span named) {
        Resource r = w.model().getResource(Uris.instrument(id));
        if (w.model().contains(r, RDF.type, GCM.LegalInstrument)) {
            return r;
        }
        return registry.entry(id).map(entry -> instrument(entry, named)).orElseGet(() -> {
            Resource unlisted = w.derived(Uris.instrument(id), GCM.LegalInstrument, words);
            w.passage(unlisted, named);
            return unlisted;
        });
    }
}

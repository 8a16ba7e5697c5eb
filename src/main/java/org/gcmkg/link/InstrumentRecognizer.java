package org.gcmkg.link;

import java.util.ArrayList;
import java.util.List;
import org.gcmkg.corpus.MappedText;

/** Instruments a text names: by a name the registry knows, else by the shape of an instrument's title. */
final class InstrumentRecognizer implements EntityRecognizer {
    private final InstrumentRegistry registry;
    private final InstrumentMatcher known;

    InstrumentRecognizer(InstrumentRegistry registry) {
        this.registry = registry;
        this.known = registry.matcher();
    }

    @Override
    public List<EntityMention> find(MappedText text) {
        List<EntityMention> found = new ArrayList<>(known.find(text));
        found.addAll(InstrumentPhrases.mentions(text, registry, found));
        return found;
    }
}

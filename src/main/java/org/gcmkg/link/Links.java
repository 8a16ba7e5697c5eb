package org.gcmkg.link;

import java.util.List;
import org.gcmkg.extract.ExtractedDocument;
import org.gcmkg.extract.ListedInstrument;

/**
 * What the whole corpus knows of the entities its texts name, gathered from every document before any graph is
 * written, so that each document links to the same resources.
 */
public final class Links {
    private final InstrumentRegistry instruments;
    private final InstrumentMatcher instrumentMatcher;

    private Links(InstrumentRegistry instruments) {
        this.instruments = instruments;
        this.instrumentMatcher = instruments.matcher();
    }

    public static Links from(List<? extends ExtractedDocument> documents) {
        InstrumentRegistry instruments = new InstrumentRegistry();
        for (ExtractedDocument document : documents) {
            for (ListedInstrument listed : document.listedInstruments()) {
                instruments.register(listed.title(), listed.otherNames());
            }
        }
        return new Links(instruments);
    }

    public InstrumentRegistry instruments() {
        return instruments;
    }

    /** Finds the registered instruments a text names. */
    public InstrumentMatcher instrumentMatcher() {
        return instrumentMatcher;
    }
}

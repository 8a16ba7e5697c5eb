package org.gcmkg.link;

import java.util.ArrayList;
import java.util.List;
import org.gcmkg.corpus.MappedText;
import org.gcmkg.extract.ExtractedDocument;
import org.gcmkg.extract.ListedInstrument;
import org.gcmkg.reference.Countries;

/**
 * What the whole corpus knows of the entities its texts name, gathered from every document before any graph is
 * written, so that each document links to the same resources.
 */
public final class Links {
    private final InstrumentRegistry instruments;
    private final ActorRegistry actors = ActorRegistry.standard();
    private final List<EntityRecognizer> recognizers;

    private Links(InstrumentRegistry instruments) {
        this.instruments = instruments;
        Countries countries = Countries.standard();
        ActorRecognizer actorRecognizer = new ActorRecognizer(actors, countries);
        this.recognizers = List.of(new InstrumentRecognizer(instruments, countries, actorRecognizer, actors),
                new CountryRecognizer(countries), actorRecognizer, new UnDocumentRecognizer());
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

    public ActorRegistry actors() {
        return actors;
    }

    /** Every entity of every kind {@code text} names, in the order of the kinds, then of the text. */
    public List<EntityMention> find(MappedText text) {
        List<EntityMention> found = new ArrayList<>();
        for (EntityRecognizer recognizer : recognizers) {
            found.addAll(recognizer.find(text));
        }
        return found;
    }
}

package org.gcmkg.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gcmkg.corpus.MappedText;
import org.gcmkg.extract.ExtractedDocument;
import org.gcmkg.extract.ListedInstrument;
import org.gcmkg.reference.Countries;

/**
 * What the whole corpus knows of the entities its texts name, gathered from every document before any graph is
 * written, so that each document links to the same resources.
 */
public final class Links {
    /** The actors of a State, whose instruments are national ones. */
    private static final Set<ActorType> OF_A_STATE = Set.of(ActorType.GOVERNMENT, ActorType.NATIONAL, ActorType.LOCAL);

    private final InstrumentRegistry instruments;
    private final ActorRegistry actors = ActorRegistry.standard();
    private final InstrumentRecognizer instrumentRecognizer;
    private final CountryRecognizer countryRecognizer;
    private final ActorRecognizer actorRecognizer;
    private final UnDocumentRecognizer unDocumentRecognizer = new UnDocumentRecognizer();

    private Links(InstrumentRegistry instruments) {
        this.instruments = instruments;
        Countries countries = Countries.standard();
        this.instrumentRecognizer = new InstrumentRecognizer(instruments, countries);
        this.countryRecognizer = new CountryRecognizer(countries);
        this.actorRecognizer = new ActorRecognizer(actors, countries);
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

    /** Every entity of every kind {@code text} names: instruments, countries, actors, UN documents, each in text order. */
    public List<EntityMention> find(MappedText text) {
        List<EntityMention> actorsNamed = actorRecognizer.find(text);
        List<EntityMention> stateBodies = actorsNamed.stream()
                .filter(m -> actors.actor(m.id()).map(a -> OF_A_STATE.contains(a.type())).orElse(false)).toList();
        List<EntityMention> found = new ArrayList<>(instrumentRecognizer.find(text, stateBodies));
        found.addAll(countryRecognizer.find(text));
        found.addAll(actorsNamed);
        found.addAll(unDocumentRecognizer.find(text));
        return found;
    }
}

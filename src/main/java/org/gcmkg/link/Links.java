package org.gcmkg.link;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gcmkg.corpus.MappedText;
import org.gcmkg.extract.ExtractedDocument;
import org.gcmkg.extract.ListedInstrument;
import org.gcmkg.reference.Countries;

/**
 * What the whole corpus knows of the entities its texts name, in two phases. First it gathers: the instruments every
 * document lists, the acronyms its texts define for known actors ({@link AcronymDefinitions}), the mandates it names, and the candidates the recognizers find in every text a document gives for
 * linking ({@link ExtractedDocument#linkedTexts()}), each registered once. Then the registries are closed, and the
 * graphs are written from what was gathered, so that every document links to the same resources and nothing a graph
 * writer does can change them (a late change fails).
 */
public final class Links {
    /** The actors of a State, whose instruments are national ones. */
    private static final Set<ActorType> OF_A_STATE = Set.of(ActorType.GOVERNMENT, ActorType.NATIONAL, ActorType.LOCAL);

    private final InstrumentRegistry instruments;
    private final ActorRegistry actors;
    private final InstrumentRecognizer instrumentRecognizer;
    private final CountryRecognizer countryRecognizer;
    private final ActorRecognizer actorRecognizer;
    private final UnDocumentRecognizer unDocumentRecognizer = new UnDocumentRecognizer();
    /** What each gathered text names, by the text itself (as its document holds it). */
    private final Map<MappedText, List<EntityMention>> gathered = new IdentityHashMap<>();

    private Links(InstrumentRegistry instruments, ActorRegistry actors) {
        this.instruments = instruments;
        this.actors = actors;
        Countries countries = Countries.standard();
        this.instrumentRecognizer = new InstrumentRecognizer(instruments, countries);
        this.countryRecognizer = new CountryRecognizer(countries);
        this.actorRecognizer = new ActorRecognizer(actors, countries);
    }

    /** Gathers what every document names, then closes the registries. */
    public static Links from(List<? extends ExtractedDocument> documents) {
        InstrumentRegistry instruments = new InstrumentRegistry();
        for (ExtractedDocument document : documents) {
            for (ListedInstrument listed : document.listedInstruments()) {
                instruments.register(listed.title(), listed.otherNames());
            }
        }
        instruments.close();
        ActorRegistry actors = ActorRegistry.standard();
        for (ExtractedDocument document : documents) {
            for (MappedText text : document.linkedTexts()) {
                AcronymDefinitions.find(text.text(), actors);
            }
        }
        Links links = new Links(instruments, actors);
        for (ExtractedDocument document : documents) {
            for (String mandate : document.mandates()) {
                links.actors.resolveOrAdd(mandate, ActorType.MANDATE);
            }
            for (MappedText text : document.linkedTexts()) {
                links.gathered.put(text, links.recognise(text, true));
            }
        }
        links.actors.close();
        return links;
    }

    public InstrumentRegistry instruments() {
        return instruments;
    }

    public ActorRegistry actors() {
        return actors;
    }

    /**
     * Every entity of every kind {@code text} names: instruments, countries, actors, UN documents, each in text order.
     * A text its document gave for linking is answered from what was gathered; any other text is read now, and
     * fails if it names an actor that was not gathered.
     */
    public List<EntityMention> find(MappedText text) {
        List<EntityMention> known = gathered.get(text);
        return known != null ? known : recognise(text, false);
    }

    /** What {@code text} names; {@code gathering}: registering the actors met in it. */
    private List<EntityMention> recognise(MappedText text, boolean gathering) {
        ActorRecognizer.Recognition recognition = actorRecognizer.recognise(text);
        for (Actor actor : recognition.met()) {
            if (gathering) {
                actors.add(actor);
            } else if (actors.actor(actor.id()).isEmpty()) {
                throw new IllegalStateException("the actors were gathered from every document before the graphs were"
                        + " written, but '" + actor.name() + "' (" + actor.id() + ") was met after that");
            }
        }
        List<EntityMention> actorsNamed = recognition.mentions();
        List<EntityMention> stateBodies = actorsNamed.stream()
                .filter(m -> actors.actor(m.id())
                        .map(a -> OF_A_STATE.contains(a.type()))
                        .orElse(false))
                .toList();
        List<EntityMention> found = new ArrayList<>(instrumentRecognizer.find(text, stateBodies));
        found.addAll(countryRecognizer.find(text));
        found.addAll(actorsNamed);
        found.addAll(unDocumentRecognizer.find(text));
        return List.copyOf(found);
    }
}

package org.gcmkg.link;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.gcmkg.corpus.InOrder;
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

    /**
     * Gathers what every document names, then closes the registries. The texts are read on several threads, a
     * document to each, and what they name is registered on this one in the corpus's order, as one thread reading
     * them in turn would: first the actors every text meets, then (the actor registry closed) the rest of what each
     * names, which asks the registry for the kind of the actors it found.
     */
    public static Links from(List<? extends ExtractedDocument> documents) {
        InstrumentRegistry instruments = new InstrumentRegistry();
        for (ExtractedDocument document : documents) {
            for (ListedInstrument listed : document.listedInstruments()) {
                instruments.register(listed.title(), listed.otherNames());
            }
        }
        instruments.close();
        ActorRegistry actors = ActorRegistry.standard();
        List<List<MappedText>> texts =
                documents.stream().map(ExtractedDocument::linkedTexts).toList();
        for (List<MappedText> documentTexts : texts) {
            for (MappedText text : documentTexts) {
                AcronymDefinitions.find(text.text(), actors);
            }
        }
        Links links = new Links(instruments, actors);
        List<List<ActorRecognizer.Recognition>> actorsNamed = InOrder.map(
                texts,
                documentTexts -> documentTexts.stream()
                        .map(links.actorRecognizer::recognise)
                        .toList());
        for (int d = 0; d < documents.size(); d++) {
            for (String mandate : documents.get(d).mandates()) {
                actors.resolveOrAdd(mandate, ActorType.MANDATE);
            }
            for (ActorRecognizer.Recognition recognition : actorsNamed.get(d)) {
                recognition.met().forEach(actors::add);
            }
        }
        actors.close();
        // Each actor a text names was registered above, by this text or an earlier one: the registry answers as it
        // did when the text was read.
        List<List<List<EntityMention>>> named = InOrder.map(
                IntStream.range(0, documents.size()).boxed().toList(),
                d -> links.entities(texts.get(d), actorsNamed.get(d)));
        for (int d = 0; d < documents.size(); d++) {
            for (int t = 0; t < texts.get(d).size(); t++) {
                links.gathered.put(texts.get(d).get(t), named.get(d).get(t));
            }
        }
        return links;
    }

    /** What each of a document's {@code texts} names, given the actors each names ({@code recognitions}, in step). */
    private List<List<EntityMention>> entities(List<MappedText> texts, List<ActorRecognizer.Recognition> recognitions) {
        List<List<EntityMention>> named = new ArrayList<>(texts.size());
        for (int t = 0; t < texts.size(); t++) {
            named.add(entities(texts.get(t), recognitions.get(t)));
        }
        return named;
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
        return known != null ? known : recognise(text);
    }

    /** What {@code text}, not gathered, names; every actor it names must have been gathered. */
    private List<EntityMention> recognise(MappedText text) {
        ActorRecognizer.Recognition recognition = actorRecognizer.recognise(text);
        for (Actor actor : recognition.met()) {
            if (actors.actor(actor.id()).isEmpty()) {
                throw new IllegalStateException("the actors were gathered from every document before the graphs were"
                        + " written, but '" + actor.name() + "' (" + actor.id() + ") was met after that");
            }
        }
        return entities(text, recognition);
    }

    /** Every entity {@code text} names, given the actors it names ({@code recognition}), registered. */
    private List<EntityMention> entities(MappedText text, ActorRecognizer.Recognition recognition) {
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

package org.gcmkg.link;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.gcmkg.corpus.MappedText;
import org.gcmkg.reference.Countries;

/**
 * Instruments a text names: by a name the registry knows, else by the shape of an instrument's title. A title known
 * only by its shape is left out where the sentence says a State's own body made it ("the Government of Zambia
 * launched Guidelines for ...", "Mexico's Foreign Ministry introduced the Consular Assistance Protocol ..."): a
 * national instrument is not one of the international instruments the graph links.
 */
final class InstrumentRecognizer implements EntityRecognizer {
    /** What a body does to an instrument it makes. */
    private static final Pattern MADE = Pattern.compile("\\b(?:launched|introduced|developed|published|issued|drafted"
            + "|created|enacted|passed|elaborated|designed|established|adopted)\\b");
    private static final Set<ActorType> NATIONAL = Set.of(ActorType.GOVERNMENT, ActorType.NATIONAL, ActorType.LOCAL);

    private final InstrumentRegistry registry;
    private final InstrumentMatcher known;
    private final InstrumentPhrases phrases;
    private final ActorRecognizer actors;
    private final ActorRegistry actorRegistry;

    InstrumentRecognizer(InstrumentRegistry registry, Countries countries, ActorRecognizer actors,
            ActorRegistry actorRegistry) {
        this.registry = registry;
        this.known = registry.matcher();
        this.phrases = new InstrumentPhrases(countries);
        this.actors = actors;
        this.actorRegistry = actorRegistry;
    }

    @Override
    public List<EntityMention> find(MappedText text) {
        List<EntityMention> found = new ArrayList<>(known.find(text));
        List<EntityMention> byShape = phrases.mentions(text, registry, found);
        if (!byShape.isEmpty()) {
            List<EntityMention> national = nationalBodies(text);
            byShape.removeIf(m -> madeBy(text, m, national));
        }
        found.addAll(byShape);
        return found;
    }

    private List<EntityMention> nationalBodies(MappedText text) {
        return actors.find(text).stream().filter(a -> actorRegistry.actor(a.id())
                .map(actor -> NATIONAL.contains(actor.type())).orElse(false)).toList();
    }

    /** Whether a national body named earlier in the instrument's sentence made it. */
    private static boolean madeBy(MappedText text, EntityMention instrument, List<EntityMention> national) {
        int at = text.indexOfSource(instrument.startOffset());
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText(text.text());
        int sentence = sentences.preceding(at + 1);
        for (EntityMention body : national) {
            int start = text.indexOfSource(body.startOffset());
            int end = text.indexOfSource(body.endOffset());
            if (start >= sentence && end <= at && MADE.matcher(text.text().substring(end, at)).find()) {
                return true;
            }
        }
        return false;
    }
}

package org.gcmkg.link;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gcmkg.corpus.MappedText;
import org.gcmkg.corpus.Sentences;
import org.gcmkg.reference.Countries;

/**
 * Instruments a text names: by a name the registry knows, else by the shape of an instrument's title. A title known
 * only by its shape is left out where its sentence says a State's own body made it ("the Government of Zambia
 * launched Guidelines for ...", "Mexico's Foreign Ministry introduced the Consular Assistance Protocol ..."): a
 * national instrument is not one of the international instruments the graph links. States also adopt international
 * instruments, so "adopted" is not such a word.
 */
final class InstrumentRecognizer {
    /** What a body does to an instrument it makes. */
    private static final Pattern MADE = Pattern.compile("\\b(?:launched|introduced|developed|published|issued|drafted"
            + "|created|enacted|passed|elaborated|designed|established)\\b");

    private final InstrumentRegistry registry;
    private final InstrumentMatcher known;
    private final InstrumentPhrases phrases;

    InstrumentRecognizer(InstrumentRegistry registry, Countries countries) {
        this.registry = registry;
        this.known = registry.matcher();
        this.phrases = new InstrumentPhrases(countries);
    }

    /** The instruments {@code text} names, given the bodies of States it names ({@code stateBodies}). */
    List<EntityMention> find(MappedText text, List<EntityMention> stateBodies) {
        List<EntityMention> found = new ArrayList<>(known.find(text));
        List<EntityMention> byShape = new ArrayList<>(phrases.mentions(text, registry, found));
        byShape.removeIf(m -> madeBy(text, m, stateBodies));
        found.addAll(byShape);
        return found;
    }

    /** Whether a State's body named earlier in the instrument's sentence made it. */
    private static boolean madeBy(MappedText text, EntityMention instrument, List<EntityMention> stateBodies) {
        int at = text.indexOfSource(instrument.startOffset());
        int sentence = Sentences.start(text.text(), at);
        for (EntityMention body : stateBodies) {
            int start = text.indexOfSource(body.startOffset());
            int end = text.indexOfSource(body.endOffset());
            if (start >= sentence
                    && end <= at
                    && MADE.matcher(text.text().substring(end, at)).find()) {
                return true;
            }
        }
        return false;
    }
}

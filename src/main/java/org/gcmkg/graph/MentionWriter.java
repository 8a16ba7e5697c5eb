package org.gcmkg.graph;

import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.gcmkg.corpus.MappedText;
import org.gcmkg.link.EntityKind;
import org.gcmkg.link.EntityMention;
import org.gcmkg.link.Links;

/**
 * Links a resource to the entities its text names, each link with a {@code gcm:Mention} as its evidence: the words,
 * and their offsets in the source file.
 */
public final class MentionWriter {
    /** The property that links a text's resource to an entity of each kind. */
    private static final Map<EntityKind, Property> LINK = Map.of(
            EntityKind.INSTRUMENT, GCM.mentions,
            EntityKind.COUNTRY, GCM.country,
            EntityKind.ACTOR, GCM.actor,
            EntityKind.UN_DOCUMENT, GCM.unDocument);

    private final ResourceWriter w;
    private final Links links;

    public MentionWriter(ResourceWriter w, Links links) {
        this.w = w;
        this.links = links;
    }

    /** Links {@code item} to every entity {@code text} names; returns the mentions found. */
    public List<EntityMention> link(Resource item, MappedText text) {
        List<EntityMention> mentions = links.find(text);
        for (EntityMention m : mentions) {
            Resource entity = entity(m);
            // Labelled by the words and where they stand, not by the text they are in: the same words can be in
            // several texts (a sentence of a report that is two speakers' statement).
            Resource mention = w.derived(
                    Uris.mention(w.stem(), m.kind().slug(), m.startOffset(), m.endOffset()),
                    GCM.Mention,
                    "“" + m.matchedText() + "”, " + w.source().fileName() + " line "
                            + w.source().lineAt(m.startOffset()).number());
            mention.addProperty(GCM.mentionIn, item)
                    .addProperty(GCM.mentionOf, entity)
                    .addProperty(GCM.matchedText, m.matchedText())
                    .addLiteral(GCM.startOffset, w.integer(m.startOffset()))
                    .addLiteral(GCM.endOffset, w.integer(m.endOffset()));
            item.addProperty(LINK.get(m.kind()), entity);
        }
        return mentions;
    }

    /** The resource of the entity a mention names. */
    public Resource entity(EntityMention m) {
        return switch (m.kind()) {
            case INSTRUMENT ->
                new InstrumentWriter(w, links.instruments())
                        .mentioned(m.id(), m.matchedText(), w.source().spanOfOffsets(m.startOffset(), m.endOffset()));
            case COUNTRY ->
                new CountryWriter(w).country(m.id(), w.source().spanOfOffsets(m.startOffset(), m.endOffset()));
            case ACTOR ->
                new ActorWriter(w)
                        .actor(
                                links.actors().actor(m.id()).orElseThrow(),
                                w.source().spanOfOffsets(m.startOffset(), m.endOffset()));
            case UN_DOCUMENT ->
                new UnDocumentWriter(w).unDocument(m.id(), w.source().spanOfOffsets(m.startOffset(), m.endOffset()));
        };
    }
}

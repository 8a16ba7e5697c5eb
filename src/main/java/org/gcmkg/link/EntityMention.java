package org.gcmkg.link;

/**
 * Words in a text that name an entity: its kind, its id within the kind (an instrument's slug, a country's ISO3 code,
 * an actor's slug, a UN document's symbol), the words, and where they stand in the source file.
 */
public record EntityMention(EntityKind kind, String id, String matchedText, int startOffset, int endOffset) {}

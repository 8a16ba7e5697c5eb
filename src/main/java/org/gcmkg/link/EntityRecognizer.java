package org.gcmkg.link;

import java.util.List;
import org.gcmkg.corpus.MappedText;

/** Finds the entities of one kind that a text names. */
public interface EntityRecognizer {
    List<EntityMention> find(MappedText text);
}

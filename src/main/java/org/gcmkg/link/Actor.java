package org.gcmkg.link;

import java.util.List;
import java.util.stream.Stream;
import org.gcmkg.reference.Slug;

/**
 * An organisation, government, national body, city or UN mandate: its id (the slug of its canonical name), its
 * canonical name, its type, its other names (acronyms, full names, spellings the corpus uses), for a national body or
 * city the ISO 3166-1 alpha-3 code of its country (else null), and for an organ ("Assembly of the African Union") the
 * organisation it is part of (else null).
 */
public record Actor(String id, String name, ActorType type, List<String> otherNames, String country, Actor parent) {
    public Actor {
        otherNames = List.copyOf(otherNames);
    }

    public static Actor of(String name, ActorType type, List<String> otherNames, String country) {
        return new Actor(Slug.of(name), name, type, otherNames, country, null);
    }

    /** An organ of {@code parent}, of its type and country, by the name {@code name}. */
    public static Actor organ(String name, Actor parent, List<String> otherNames) {
        return new Actor(Slug.of(name), name, parent.type(), otherNames, parent.country(), parent);
    }

    /** The canonical name, then the other names. */
    public List<String> names() {
        return Stream.concat(Stream.of(name), otherNames.stream()).toList();
    }
}

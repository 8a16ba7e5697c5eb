package org.gcmkg.link;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What kind of body an actor is: what the W3C Organization Ontology can say of it, and whether it has a country. */
public enum ActorType {
    /** International organisations, UN bodies and their organs, regional organisations. */
    INTERGOVERNMENTAL,
    /** NGOs, foundations, universities, companies. */
    NON_GOVERNMENTAL,
    /** Networks, alliances, fora and consultative processes of several members, set up by no law or treaty. */
    NETWORK,
    /** The government of a country. */
    GOVERNMENT,
    /** A ministry, department, office, embassy or commission of a State. */
    NATIONAL,
    /** A city or a sub-national government. */
    LOCAL,
    /** A UN Special Procedure or similar post, held by a person, that issues reports. */
    MANDATE;

    /** The word of {@code link/actors.tsv}: "intergovernmental", "non-governmental", ... */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ActorType> ofWord(String word) {
        return Arrays.stream(values())
                .filter(t -> t.word().equals(word.strip()))
                .findFirst();
    }

    /** An organisation (org:Organization, foaf:Organization), which a mandate is not. */
    public boolean isOrganization() {
        return this != MANDATE;
    }

    /** Set up by law or treaty (org:FormalOrganization), which a network is not. */
    public boolean isFormal() {
        return this != MANDATE && this != NETWORK;
    }
}

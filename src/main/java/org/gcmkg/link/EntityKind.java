package org.gcmkg.link;

/** The kinds of entity the link step recognises in text. */
public enum EntityKind {
    INSTRUMENT,
    COUNTRY,
    ACTOR,
    UN_DOCUMENT;

    /** The kind's name in URIs: "instrument", "country", "actor", "un-document". */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}

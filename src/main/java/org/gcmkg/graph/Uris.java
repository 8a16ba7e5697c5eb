package org.gcmkg.graph;

import org.gcmkg.reference.Slug;

/**
 * The URIs every kind of document shares, under {@link GCM#ID}: sources and their passages, sections, the entities
 * documents link to. Each kind mints its own resources' URIs in its own package ({@code org.gcmkg.kind.*}).
 */
public final class Uris {
    /** The UN's own SDG identifiers, so that the graph joins with the UN SDG vocabularies. */
    public static final String UN_SDG = "http://metadata.un.org/sdg/";
    /** Named graphs, one per source document. */
    public static final String GRAPH = "https://w3id.org/gcm/graph/";

    private Uris() {}

    /** An instrument, by its registry id (the slug of its canonical title). */
    public static String instrument(String id) {
        return GCM.ID + "instrument/" + slug(id);
    }

    public static String source(String documentStem) {
        return GCM.ID + "source/" + documentStem;
    }

    public static String passage(String documentStem, int startOffset, int endOffset) {
        return source(documentStem) + "/passage/" + startOffset + "-" + endOffset;
    }

    public static String section(String documentStem, String title) {
        return source(documentStem) + "/section/" + slug(title);
    }

    /** Words naming an entity of a kind ("instrument", "country", ...) at code point offsets of a document. */
    public static String mention(String documentStem, String kind, int startOffset, int endOffset) {
        return GCM.ID + "mention/" + documentStem + "/" + kind + "/" + startOffset + "-" + endOffset;
    }

    /** A country by its ISO 3166-1 alpha-3 code: {@code id/country/MEX}. */
    public static String country(String iso3) {
        return GCM.ID + "country/" + iso3;
    }

    public static String actor(String name) {
        return GCM.ID + "actor/" + slug(name);
    }

    /** A UN document by its symbol, slashes kept: {@code id/un-document/A/RES/73/195}. */
    public static String unDocument(String symbol) {
        return GCM.ID + "un-document/" + symbol.strip().replace(' ', '_');
    }

    public static String sdgGoal(int goal) {
        return UN_SDG + goal;
    }

    public static String sdgTarget(String code) {
        return UN_SDG + code;
    }

    public static String graph(String documentStem) {
        return GRAPH + documentStem;
    }

    public static String slug(String text) {
        return Slug.of(text);
    }
}

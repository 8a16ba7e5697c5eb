package org.gcmkg.graph;

import org.gcmkg.reference.Slug;

/** The URI scheme: every resource the graph mints, under {@link GCM#ID}. */
public final class Uris {
    /** The UN's own SDG identifiers, so that the graph joins with the UN SDG vocabularies. */
    public static final String UN_SDG = "http://metadata.un.org/sdg/";
    /** Named graphs, one per source document. */
    public static final String GRAPH = "https://w3id.org/gcm/graph/";

    private Uris() {
    }

    public static String objective(int n) {
        return GCM.ID + "objective/" + n;
    }

    public static String action(int objective, String letter) {
        return objective(objective) + "/action/" + letter;
    }

    public static String example(int objective, int k) {
        return objective(objective) + "/example/" + k;
    }

    public static String citation(String documentStem, int number) {
        return GCM.ID + "citation/" + documentStem + "/" + number;
    }

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

    public static String website(int k) {
        return GCM.ID + "website/" + k;
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

    public static String guidance(String documentStem, int k) {
        return GCM.ID + "guidance/" + documentStem + "/" + k;
    }

    /** What a compilation found from one kind of body ("special-procedures", "treaty-bodies") for one objective. */
    public static String guidanceCoverage(String documentStem, int objective, String sourceType) {
        return GCM.ID + "guidance-coverage/" + documentStem + "/objective/" + objective + "/" + slug(sourceType);
    }

    public static String theme(String documentStem, int n) {
        return GCM.ID + "theme/" + documentStem + "/" + n;
    }

    public static String commitment(String documentStem, int theme, int k) {
        return theme(documentStem, theme) + "/commitment/" + k;
    }

    public static String themeMapping(String documentStem, int theme, int objective) {
        return theme(documentStem, theme) + "/mapping/" + objective;
    }

    public static String workshop(String documentStem, int k) {
        return GCM.ID + "workshop/" + documentStem + "/" + k;
    }

    public static String chapter(String documentStem, int k) {
        return GCM.ID + "chapter/" + documentStem + "/" + k;
    }

    public static String person(String name) {
        return GCM.ID + "person/" + slug(name);
    }

    public static String statement(String documentStem, int k) {
        return GCM.ID + "statement/" + documentStem + "/" + k;
    }

    public static String recommendation(String documentStem, int k) {
        return GCM.ID + "recommendation/" + documentStem + "/" + k;
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

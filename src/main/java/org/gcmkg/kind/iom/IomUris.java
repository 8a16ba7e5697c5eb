package org.gcmkg.kind.iom;

import org.gcmkg.graph.GCM;
import org.gcmkg.graph.Uris;

/** The URIs of an IDM report's resources: workshops, chapters, speakers, statements, recommendations. */
public final class IomUris {
    private IomUris() {}

    public static String workshop(String documentStem, int k) {
        return GCM.ID + "workshop/" + documentStem + "/" + k;
    }

    public static String chapter(String documentStem, int k) {
        return GCM.ID + "chapter/" + documentStem + "/" + k;
    }

    public static String person(String name) {
        return GCM.ID + "person/" + Uris.slug(name);
    }

    public static String statement(String documentStem, int k) {
        return GCM.ID + "statement/" + documentStem + "/" + k;
    }

    public static String recommendation(String documentStem, int k) {
        return GCM.ID + "recommendation/" + documentStem + "/" + k;
    }
}

package org.gcmkg.kind.booklet;

import org.gcmkg.graph.GCM;

/** The URIs of the booklet's resources: the GCM's objectives, their actions and examples, the booklet's footnotes and websites. */
public final class BookletUris {
    private BookletUris() {}

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

    public static String website(int k) {
        return GCM.ID + "website/" + k;
    }
}

package org.gcmkg.kind.quno;

import org.gcmkg.graph.GCM;
import org.gcmkg.graph.Uris;

/** The URIs of a QUNO sheet's resources: its guidance and what it found per kind of body. */
public final class QunoUris {
    private QunoUris() {}

    public static String guidance(String documentStem, int k) {
        return GCM.ID + "guidance/" + documentStem + "/" + k;
    }

    /** What a compilation found from one kind of body ("special-procedures", "treaty-bodies") for one objective. */
    public static String guidanceCoverage(String documentStem, int objective, String sourceType) {
        return GCM.ID + "guidance-coverage/" + documentStem + "/objective/" + objective + "/" + Uris.slug(sourceType);
    }
}

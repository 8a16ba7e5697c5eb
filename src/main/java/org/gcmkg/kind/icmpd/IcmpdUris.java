package org.gcmkg.kind.icmpd;

import org.gcmkg.graph.GCM;

/** The URIs of a stakeholder's input's resources: its themes, their commitments and their mappings to objectives. */
public final class IcmpdUris {
    private IcmpdUris() {}

    public static String theme(String documentStem, int n) {
        return GCM.ID + "theme/" + documentStem + "/" + n;
    }

    public static String commitment(String documentStem, int theme, int k) {
        return theme(documentStem, theme) + "/commitment/" + k;
    }

    public static String themeMapping(String documentStem, int theme, int objective) {
        return theme(documentStem, theme) + "/mapping/" + objective;
    }
}

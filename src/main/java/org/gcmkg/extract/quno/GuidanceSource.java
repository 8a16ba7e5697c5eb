package org.gcmkg.extract.quno;

import java.util.Arrays;
import java.util.Optional;

/** The two kinds of UN human rights bodies a QUNO sheet compiles guidance from, each under a heading of its own. */
public enum GuidanceSource {
    SPECIAL_PROCEDURES("Special Procedures"),
    TREATY_BODIES("Treaty Bodies");

    private final String name;

    GuidanceSource(String name) {
        this.name = name;
    }

    /** How the sheet names the bodies: "Special Procedures", "Treaty Bodies". */
    public String displayName() {
        return name;
    }

    /** The heading of the sheet's section of guidance from these bodies. */
    public String heading() {
        return "Guidance from " + name;
    }

    /** The kind whose heading {@code text} is. */
    static Optional<GuidanceSource> ofHeading(String text) {
        String heading = text.strip();
        return Arrays.stream(values()).filter(s -> s.heading().equals(heading)).findFirst();
    }
}

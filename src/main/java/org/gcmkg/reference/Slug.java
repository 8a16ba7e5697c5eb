package org.gcmkg.reference;

import java.text.Normalizer;
import java.util.Locale;

/** Names as URI path segments. */
public final class Slug {
    private Slug() {}

    /** Lower-case ASCII words joined by hyphens: "Convention on the Rights of the Child" gives "convention-on-the-rights-of-the-child". */
    public static String of(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("no slug can be made of '" + text + "'");
        }
        return slug;
    }
}

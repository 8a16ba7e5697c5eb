package org.gcmkg.reference;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Names as URI path segments. */
public final class Slug {
    // Compiled once: slugs are made for every entity mention of every document.
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("(^-+|-+$)");

    private Slug() {}

    /** Lower-case ASCII words joined by hyphens: "Convention on the Rights of the Child" gives "convention-on-the-rights-of-the-child". */
    public static String of(String text) {
        String ascii =
                MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String slug = EDGE_HYPHENS
                .matcher(
                        NOT_ALPHANUMERIC.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-"))
                .replaceAll("");
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("no slug can be made of '" + text + "'");
        }
        return slug;
    }
}

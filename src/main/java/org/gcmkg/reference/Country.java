package org.gcmkg.reference;

import java.util.List;

/**
 * A country or area of ISO 3166-1: its alpha-3 code (its id), its alpha-2 code, its UN M49 code (three digits with
 * leading zeros, "004"), its English name as CLDR gives it (the label) and every other name it is known by: CLDR's
 * short and variant names, the UN's names and the names of {@code reference/countries-names.tsv}, each also with "and"
 * for CLDR's "&".
 */
public record Country(String iso3, String alpha2, String m49, String name, List<String> otherNames) {
    public Country {
        otherNames = List.copyOf(otherNames);
    }
}

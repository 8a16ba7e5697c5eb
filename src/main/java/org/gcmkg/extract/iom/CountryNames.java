package org.gcmkg.extract.iom;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Names of countries as the report may write them: the English names of the ISO 3166 countries (as the JDK gives
 * them), and the United Nations' own short names where they differ, which UN and IOM documents use ("United Kingdom
 * of Great Britain and Northern Ireland", "United Republic of Tanzania"), with the older names the JDK has since
 * changed ("Turkey", "Türkiye" since CLDR 42), so that the answer does not depend on the JDK that runs it.
 */
final class CountryNames {
    private static final Set<String> UN_NAMES = Set.of(
            "United States of America",
            "United Kingdom of Great Britain and Northern Ireland",
            "United Republic of Tanzania",
            "Republic of Moldova",
            "Republic of Korea",
            "Democratic People's Republic of Korea",
            "Democratic Republic of the Congo",
            "Congo",
            "Côte d'Ivoire",
            "Russian Federation",
            "Syrian Arab Republic",
            "Lao People's Democratic Republic",
            "Viet Nam",
            "Czech Republic",
            "Cabo Verde",
            "Holy See",
            "State of Palestine",
            "Turkey",
            "Türkiye");
    private static final Set<String> NAMES = names();

    private CountryNames() {
    }

    private static Set<String> names() {
        Set<String> names = new HashSet<>(UN_NAMES);
        for (String code : Locale.getISOCountries()) {
            names.add(new Locale("", code).getDisplayCountry(Locale.ENGLISH));
        }
        return Set.copyOf(names);
    }

    static boolean isCountry(String name) {
        return NAMES.contains(name);
    }
}

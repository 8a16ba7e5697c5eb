package org.gcmkg.reference;

import com.ibm.icu.impl.ICUData;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.LocaleData;
import com.ibm.icu.util.Region;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.UResourceBundle;
import com.ibm.icu.util.VersionInfo;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;
import org.gcmkg.corpus.TabSeparated;

/**
 * The countries of ISO 3166-1, with their codes and English names from the Unicode CLDR through ICU4J (a maintained
 * source rather than a typed table), completed by small files for what CLDR lacks: the UN's names
 * ({@code reference/countries-names.tsv}), demonyms and adjectives ({@code reference/demonyms.tsv}), cities and
 * sub-national units that stand for their country ({@code reference/places.tsv}) and phrases that contain a
 * country's name without naming it ({@code reference/countries-false-friends.tsv}). A territory is a country here
 * when CLDR gives it an ISO alpha-3 code and a UN M49 code (M49's 900-999 are user-assigned, as Kosovo's 983): the
 * 249 entries of ISO 3166-1.
 */
public final class Countries {
    static final String NAMES = "/reference/countries-names.tsv";
    static final String DEMONYMS = "/reference/demonyms.tsv";
    static final String PLACES = "/reference/places.tsv";
    static final String FALSE_FRIENDS = "/reference/countries-false-friends.tsv";
    /** M49 codes from 900 up are user-assigned, not areas of the standard. */
    private static final int M49_USER_ASSIGNED = 900;

    private static Countries standard;

    private final Map<String, Country> byIso3 = new LinkedHashMap<>();
    private final Map<String, String> iso3ByKey = new LinkedHashMap<>();
    private final Map<String, String> nameSpellings = new LinkedHashMap<>();
    private final Map<String, String> demonyms = new LinkedHashMap<>();
    private final Map<String, String> places = new LinkedHashMap<>();
    private final List<String> falseFriends = new ArrayList<>();
    private final String source;

    private Countries() {
        LocaleDisplayNames standardNames = LocaleDisplayNames.getInstance(ULocale.ENGLISH);
        List<UResourceBundle> otherNames = List.of(regionNames("Countries%short"), regionNames("Countries%variant"));
        Map<String, List<String>> unNames = read(NAMES);
        List<Region> regions = new ArrayList<>(Region.getAvailable(Region.RegionType.TERRITORY));
        regions.sort(Comparator.comparing(Region::toString));
        for (Region region : regions) {
            String alpha2 = region.toString();
            String iso3 = new ULocale.Builder().setRegion(alpha2).build().getISO3Country();
            int m49 = region.getNumericCode();
            if (iso3.isEmpty() || m49 <= 0 || m49 >= M49_USER_ASSIGNED) {
                continue;
            }
            String name = standardNames.regionDisplayName(alpha2);
            Set<String> others = new LinkedHashSet<>();
            for (UResourceBundle table : otherNames) {
                if (table.keySet().contains(alpha2)) {
                    others.add(table.getString(alpha2));
                }
            }
            others.addAll(unNames.getOrDefault(iso3, List.of()));
            for (String n : List.copyOf(others)) {
                others.add(n.replace(" & ", " and "));
            }
            others.add(name.replace(" & ", " and "));
            others.remove(name);
            byIso3.put(iso3, new Country(iso3, alpha2, "%03d".formatted(m49), name, List.copyOf(others)));
        }
        unNames.keySet().forEach(iso3 -> country(iso3, NAMES));
        for (Country country : byIso3.values()) {
            List<String> names = new ArrayList<>();
            names.add(country.name());
            names.addAll(country.otherNames());
            for (String name : names) {
                for (String spelling : spellings(name)) {
                    put(nameSpellings, spelling, country.iso3(), "a country's name");
                    put(iso3ByKey, key(spelling), country.iso3(), "a country's name, ignoring case");
                }
            }
        }
        forms(read(DEMONYMS), DEMONYMS, demonyms);
        forms(read(PLACES), PLACES, places);
        falseFriends.addAll(phrases(FALSE_FRIENDS));
        source = "Unicode CLDR " + version(LocaleData.getCLDRVersion()) + " via ICU4J "
                + version(VersionInfo.ICU_VERSION) + "; UN names from M49 and UNTERM";
    }

    /** The countries of ISO 3166-1 as the ICU4J on the class path knows them, with the corpus's data files. */
    public static synchronized Countries standard() {
        if (standard == null) {
            standard = new Countries();
        }
        return standard;
    }

    /** Every country, in the order of their alpha-2 codes. */
    public List<Country> all() {
        return List.copyOf(byIso3.values());
    }

    public Optional<Country> byIso3(String iso3) {
        return Optional.ofNullable(byIso3.get(iso3));
    }

    /**
     * The country a name given on its own names (a speaker's country: "United Kingdom of Great Britain and Northern
     * Ireland", "Turkey"), ignoring case, white space and a leading "the"; demonyms and places are no names.
     */
    public Optional<Country> resolve(String name) {
        return Optional.ofNullable(iso3ByKey.get(key(name))).map(byIso3::get);
    }

    /** Where the countries' codes and names come from, for {@code dcterms:source}. */
    public String source() {
        return source;
    }

    /** Every spelling of every country's names, to the country's ISO3 code. */
    public Map<String, String> nameSpellings() {
        return Collections.unmodifiableMap(nameSpellings);
    }

    /** Every spelling of the demonyms and adjectives, to the country's ISO3 code. */
    public Map<String, String> demonyms() {
        return Collections.unmodifiableMap(demonyms);
    }

    /** Every spelling of the places, to the ISO3 code of the country they are in. */
    public Map<String, String> places() {
        return Collections.unmodifiableMap(places);
    }

    /** Phrases that contain a country's name, adjective or place without naming it. */
    public List<String> falseFriends() {
        return Collections.unmodifiableList(falseFriends);
    }

    /**
     * A name as texts also write it: with a straight apostrophe for CLDR's typographic one ("Côte d'Ivoire"), and
     * without accents ("Sao Tome and Principe", "Cote d'Ivoire").
     */
    static Set<String> spellings(String name) {
        Set<String> spellings = new LinkedHashSet<>();
        spellings.add(name);
        spellings.add(name.replace('’', '\''));
        for (String s : List.copyOf(spellings)) {
            spellings.add(Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", ""));
        }
        return spellings;
    }

    static String key(String name) {
        return name.strip()
                .replaceAll("\\s+", " ")
                .replaceFirst("(?i)^the ", "")
                .toLowerCase(Locale.ROOT);
    }

    private Country country(String iso3, String file) {
        Country country = byIso3.get(iso3);
        if (country == null) {
            throw new IllegalStateException(file + ": '" + iso3 + "' is not the ISO 3166-1 alpha-3 code of a country");
        }
        return country;
    }

    private void forms(Map<String, List<String>> byCountry, String file, Map<String, String> into) {
        byCountry.forEach((iso3, forms) -> {
            country(iso3, file);
            for (String form : forms) {
                for (String spelling : spellings(form)) {
                    if (nameSpellings.containsKey(spelling)) {
                        throw new IllegalStateException(file + ": '" + spelling + "' is already a country's name");
                    }
                    put(into, spelling, iso3, file);
                }
            }
        });
    }

    /** Adds {@code form}, refusing one form for two countries: an ambiguous form is left out of the files instead. */
    private static void put(Map<String, String> into, String form, String iso3, String what) {
        String before = into.putIfAbsent(form, iso3);
        if (before != null && !before.equals(iso3)) {
            throw new IllegalStateException(what + ": '" + form + "' would name both " + before + " and " + iso3);
        }
    }

    /**
     * A table of CLDR's other English names of countries: short ("US", "UK") or variant ("Turkey", "Ivory Coast",
     * "Czech Republic"). ICU keeps them in its region data but shows only some of the short ones through its API.
     */
    private static UResourceBundle regionNames(String table) {
        try {
            return UResourceBundle.getBundleInstance(ICUData.ICU_REGION_BASE_NAME, ULocale.ENGLISH)
                    .get(table);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("ICU4J holds no English names of countries in its table " + table, e);
        }
    }

    private static String version(VersionInfo version) {
        return version.getMinor() == 0 && version.getMilli() == 0
                ? String.valueOf(version.getMajor())
                : version.getMajor() + "." + version.getMinor()
                        + (version.getMilli() == 0 ? "" : "." + version.getMilli());
    }

    /** A file of lines "ISO3<TAB>form<TAB>form...", as a map from the code to its forms. */
    private static Map<String, List<String>> read(String file) {
        Map<String, List<String>> forms = new LinkedHashMap<>();
        TabSeparated tsv = TabSeparated.resource(file);
        for (TabSeparated.Row row : tsv.rows()) {
            List<String> cols = row.columns();
            List<String> rowForms = cols.subList(1, cols.size()).stream()
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
            if (rowForms.isEmpty() || !cols.get(0).matches("[A-Z]{3}")) {
                throw tsv.error(row, "'ISO3<TAB>form...', found '" + row.text() + "'");
            }
            forms.computeIfAbsent(cols.get(0), k -> new ArrayList<>()).addAll(rowForms);
        }
        return forms;
    }

    /** A file of one phrase per line. */
    private static List<String> phrases(String file) {
        TabSeparated tsv = TabSeparated.resource(file);
        return tsv.rows().stream()
                .map(row -> tsv.columns(row, 1, "one phrase per line").get(0))
                .toList();
    }
}

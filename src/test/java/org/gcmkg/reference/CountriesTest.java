package org.gcmkg.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CountriesTest {
    static final Countries COUNTRIES = Countries.standard();

    static Optional<String> iso3(String name) {
        return COUNTRIES.resolve(name).map(Country::iso3);
    }

    @Test
    void holdsTheCountriesOfIso3166() {
        List<Country> all = COUNTRIES.all();
        assertEquals(249, all.size());
        // The JDK's own copy of ISO 3166-1 agrees on which they are.
        assertEquals(
                new TreeSet<>(Arrays.asList(Locale.getISOCountries())),
                all.stream().map(Country::alpha2).collect(Collectors.toCollection(TreeSet::new)));
        assertEquals(249, all.stream().map(Country::iso3).distinct().count());
        assertEquals(249, all.stream().map(Country::m49).distinct().count());
        assertTrue(all.stream()
                .allMatch(c -> c.iso3().matches("[A-Z]{3}") && c.m49().matches("[0-9]{3}")));
        // Kosovo has a CLDR code (XK, XKK) but no M49 area of its own: 983 is user-assigned.
        assertEquals(Optional.empty(), COUNTRIES.byIso3("XKK"));
        assertEquals(Optional.empty(), iso3("Kosovo"));
    }

    @Test
    void keepsTheLeadingZerosOfM49Codes() {
        assertEquals(
                new Country("AFG", "AF", "004", "Afghanistan", List.of("Islamic Republic of Afghanistan")),
                COUNTRIES.byIso3("AFG").orElseThrow());
        assertEquals("070", COUNTRIES.byIso3("BIH").orElseThrow().m49());
        assertEquals("484", COUNTRIES.byIso3("MEX").orElseThrow().m49());
        assertEquals("826", COUNTRIES.byIso3("GBR").orElseThrow().m49());
    }

    @Test
    void labelsWithCldrsNameAndKeepsTheOthers() {
        Country bih = COUNTRIES.byIso3("BIH").orElseThrow();
        assertEquals("Bosnia & Herzegovina", bih.name());
        assertEquals(List.of("Bosnia", "Bosnia and Herzegovina"), bih.otherNames());
        Country gbr = COUNTRIES.byIso3("GBR").orElseThrow();
        assertEquals("United Kingdom", gbr.name());
        assertEquals(
                List.of(
                        "UK",
                        "United Kingdom of Great Britain and Northern Ireland",
                        "Great Britain",
                        "Britain",
                        "U.K."),
                gbr.otherNames());
        assertEquals("Türkiye", COUNTRIES.byIso3("TUR").orElseThrow().name());
        assertEquals("Unicode CLDR 47 via ICU4J 77.1; UN names from M49 and UNTERM", COUNTRIES.source());
    }

    @Test
    void resolvesANameGivenOnItsOwn() {
        for (String name : List.of(
                "United Kingdom of Great Britain and Northern Ireland",
                "United Kingdom",
                "the United Kingdom",
                "UK",
                "Great Britain",
                "united  kingdom")) {
            assertEquals(Optional.of("GBR"), iso3(name), name);
        }
        for (String name : List.of("Turkey", "Türkiye", "Turkiye")) {
            assertEquals(Optional.of("TUR"), iso3(name), name);
        }
        for (String name : List.of("Côte d'Ivoire", "Côte d’Ivoire", "Cote d'Ivoire", "Ivory Coast")) {
            assertEquals(Optional.of("CIV"), iso3(name), name);
        }
        assertEquals(Optional.of("TZA"), iso3("United Republic of Tanzania"));
        assertEquals(Optional.of("MDA"), iso3("Republic of Moldova"));
        assertEquals(Optional.of("VNM"), iso3("Viet Nam"));
        assertEquals(Optional.of("KOR"), iso3("Republic of Korea"));
        assertEquals(Optional.of("PRK"), iso3("Democratic People's Republic of Korea"));
        assertEquals(Optional.of("SYR"), iso3("Syrian Arab Republic"));
        assertEquals(Optional.of("BOL"), iso3("Bolivia (Plurinational State of)"));
        assertEquals(Optional.of("VEN"), iso3("Venezuela (Bolivarian Republic of)"));
        assertEquals(Optional.of("NLD"), iso3("the Netherlands"));
        assertEquals(Optional.of("USA"), iso3("USA"));
        assertEquals(Optional.of("COG"), iso3("Congo"));
        assertEquals(Optional.of("COD"), iso3("Democratic Republic of the Congo"));
        assertEquals(Optional.of("VAT"), iso3("Holy See"));
        // Demonyms and places are no names of a country.
        for (String name : List.of("Mexican", "Sfax", "Atlantis", "Korea", "")) {
            assertEquals(Optional.empty(), iso3(name), name);
        }
    }

    @Test
    void makesSpellingsOfEachName() {
        assertEquals(
                Set.of("Côte d’Ivoire", "Côte d'Ivoire", "Cote d’Ivoire", "Cote d'Ivoire"),
                Countries.spellings("Côte d’Ivoire"));
        assertEquals(Set.of("São Tomé & Príncipe", "Sao Tome & Principe"), Countries.spellings("São Tomé & Príncipe"));
        assertEquals(Set.of("Mexico"), Countries.spellings("Mexico"));
    }
}

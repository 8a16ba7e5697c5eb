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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    /** A name given on its own, and the country it names: none for demonyms, places and the empty name. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(textBlock = """
            'United Kingdom of Great Britain and Northern Ireland', GBR
            'United Kingdom', GBR
            'the United Kingdom', GBR
            'UK', GBR
            'Great Britain', GBR
            'united  kingdom', GBR
            'Turkey', TUR
            'Türkiye', TUR
            'Turkiye', TUR
            'Côte d''Ivoire', CIV
            'Côte d’Ivoire', CIV
            'Cote d''Ivoire', CIV
            'Ivory Coast', CIV
            'Mexican',
            'Sfax',
            'Atlantis',
            'Korea',
            '',
            'United Republic of Tanzania', TZA
            'Republic of Moldova', MDA
            'Viet Nam', VNM
            'Republic of Korea', KOR
            'Democratic People''s Republic of Korea', PRK
            'Syrian Arab Republic', SYR
            'Bolivia (Plurinational State of)', BOL
            'Venezuela (Bolivarian Republic of)', VEN
            'the Netherlands', NLD
            'USA', USA
            'Congo', COG
            'Democratic Republic of the Congo', COD
            'Holy See', VAT
            """)
    void resolvesANameGivenOnItsOwn(String name, String iso3) {
        assertEquals(Optional.ofNullable(iso3), iso3(name), name);
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

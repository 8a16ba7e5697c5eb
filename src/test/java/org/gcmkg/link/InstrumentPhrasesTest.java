package org.gcmkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.gcmkg.reference.Countries;
import org.junit.jupiter.api.Test;

class InstrumentPhrasesTest {

    static List<String> names(String text) {
        return new InstrumentPhrases(Countries.standard())
                .find(text).stream().map(InstrumentPhrases.Found::name).toList();
    }

    @Test
    void findsTitlesThatSayWhatTheInstrumentIsAbout() {
        // Objective 9, action (a), and objective 6, action (l), of the booklet.
        assertEquals(
                List.of("Protocol against the Smuggling of Migrants by Land, Sea and Air"),
                names(
                        "implementation of the Protocol against the Smuggling of Migrants by Land, Sea and Air, supplementing"));
        assertEquals(
                List.of(
                        "General Principles and Operational Guidelines for Fair Recruitment",
                        "Guiding Principles on Business and Human Rights"),
                names("the ILO General Principles and Operational Guidelines for Fair Recruitment, the United Nations "
                        + "Guiding Principles on Business and Human Rights"));
        // Objective 7, action (l).
        assertEquals(
                List.of("Global Migration Group Principles and Guidelines, Supported by Practical Guidance, on the "
                        + "Human Rights Protection of Migrants in Vulnerable Situations"),
                names("recommendations of the Global "
                        + "Migration Group Principles and Guidelines, Supported by Practical Guidance, on the Human Rights "
                        + "Protection of Migrants in Vulnerable Situations"));
    }

    @Test
    void findsAgreementsNamedAfterTheirPartiesAndPlansByTheirPeriod() {
        // Examples 5.2 and 9.1 of the booklet, and footnote 34.
        assertEquals(
                List.of("Colombia-Peru Framework Agreement"),
                names("For example, the Colombia-Peru Framework Agreement of 2012 refers to the rights"));
        assertEquals(
                List.of("Counter-Smuggling Work Plan"),
                names(
                        "The Regional Conference on Migration (GCM) put forth a Counter-Smuggling Work Plan (2019-2025), which"));
        assertEquals(
                List.of("Counter-Smuggling Work Plan"),
                names("Regional Conference on Migration (n.d.), *Counter-Smuggling Work Plan 2019-2025*, Regional"));
        assertEquals(List.of(), names("a Work Plan for 2019-2025 and a French-speaking Network"));
    }

    @Test
    void leavesBarePhrasesAndSentencesAlone() {
        assertEquals(List.of(), names("Support other States as we collectively implement the Global Compact"));
        assertEquals(List.of(), names("Conclude a Framework Agreement of 2012 with the countries of origin"));
        assertEquals(List.of(), names("In March 2019, the UN Statistics Division organized a high-level panel"));
    }

    @Test
    void knowsTheShortNameOfATitleThatBeginsWithAProperName() {
        assertEquals(
                java.util.Optional.of("Sendai Framework"),
                InstrumentRegistry.shortName("Sendai Framework for Disaster Risk Reduction (2015-2030)"));
        assertEquals(
                java.util.Optional.of("Paris Agreement"),
                InstrumentRegistry.shortName("Paris Agreement on Climate Change"));
        assertEquals(
                java.util.Optional.empty(),
                InstrumentRegistry.shortName("International Covenant on Civil and Political Rights"));
        assertEquals(
                java.util.Optional.empty(),
                InstrumentRegistry.shortName("Global Compact for Safe, Orderly and Regular Migration"));
        assertEquals(java.util.Optional.empty(), InstrumentRegistry.shortName("Convention on the Rights of the Child"));
        assertEquals(
                java.util.Optional.of("Smuggling Protocol"),
                InstrumentRegistry.shortName("Protocol against the Smuggling of Migrants by Land, Sea and Air"));
        assertEquals(
                java.util.Optional.of("Torture Convention"),
                InstrumentRegistry.shortName(
                        "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment"));
    }
}

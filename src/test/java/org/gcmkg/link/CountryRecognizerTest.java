package org.gcmkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.gcmkg.corpus.Corpus;
import org.gcmkg.corpus.MappedText;
import org.gcmkg.corpus.SourceText;
import org.gcmkg.extract.booklet.Booklet;
import org.gcmkg.extract.booklet.BookletExtractor;
import org.gcmkg.extract.booklet.Example;
import org.gcmkg.reference.Countries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CountryRecognizerTest {
    static final CountryRecognizer RECOGNIZER = new CountryRecognizer(Countries.standard());
    static Booklet booklet;

    @BeforeAll
    static void read() {
        booklet = new BookletExtractor().extract(Corpus.read(Path.of("data/corpus/gcm-implementation-booklet.txt")));
    }

    /** What the recognizer finds in a sentence, as "words=ISO3". */
    static List<String> found(String sentence) {
        MappedText text = MappedText.of(new SourceText("test.txt", sentence).line(1));
        return RECOGNIZER.find(text).stream()
                .map(m -> m.matchedText() + "=" + m.id())
                .toList();
    }

    static List<EntityMention> inExample(int objective, int number) {
        Example example = booklet.objectives().get(objective - 1).examples().get(number - 1);
        assertEquals(number, example.number());
        return RECOGNIZER.find(example.text());
    }

    /** The mentions one a line, as "ISO3 words start-end", the kind named first where it is not a country. */
    static String mentions(List<EntityMention> mentions) {
        StringBuilder s = new StringBuilder();
        for (EntityMention m : mentions) {
            if (m.kind() != EntityKind.COUNTRY) {
                s.append(m.kind()).append(' ');
            }
            s.append(m.id() + " " + m.matchedText() + " " + m.startOffset() + "-" + m.endOffset() + "\n");
        }
        return s.toString();
    }

    @Test
    void readsNamesShortNamesAndVariants() {
        assertEquals(
                List.of("US=USA", "USA=USA", "U.S.=USA", "United States of America=USA"),
                found("living in the US, the USA, the U.S. or the United States of America"));
        assertEquals(
                List.of("UK=GBR", "United Kingdom of Great Britain and Northern Ireland=GBR"),
                found("the UK Home Office of the United Kingdom of Great Britain and Northern Ireland"));
        assertEquals(
                List.of("Azerbaijan=AZE", "Bosnia and Herzegovina=BIH", "Bosnia & Herzegovina=BIH"),
                found("Azerbaijan and Bosnia and Herzegovina (Bosnia & Herzegovina)"));
        assertEquals(
                List.of(
                        "Côte d'Ivoire=CIV",
                        "Côte d’Ivoire=CIV",
                        "Cote d'Ivoire=CIV",
                        "Viet Nam=VNM",
                        "Türkiye=TUR",
                        "Turkey=TUR"),
                found("Côte d'Ivoire, Côte d’Ivoire, Cote d'Ivoire, Viet Nam, Türkiye and Turkey"));
        assertEquals(
                List.of("Iran (Islamic Republic of)=IRN", "Republic of Korea=KOR", "Russian Federation=RUS"),
                found("Iran (Islamic Republic of), the Republic of Korea and the Russian Federation"));
    }

    @Test
    void readsDemonymsAndAdjectives() {
        assertEquals(
                List.of(
                        "Mexican=MEX",
                        "Italian=ITA",
                        "Colombian=COL",
                        "Filipino=PHL",
                        "Philippine=PHL",
                        "Venezuelans=VEN"),
                found("Mexican nationals, the Italian Law, the Colombian government, Filipino workers, the Philippine "
                        + "embassy and Venezuelans"));
        // A national society belongs to its country.
        assertEquals(List.of("Croatian=HRV", "British=GBR"), found("the Croatian Red Cross and the British Red Cross"));
        assertEquals(
                List.of("Korean=KOR", "North Korean=PRK", "South Sudanese=SSD", "Sudanese=SDN"),
                found("Korean and North Korean workers, South Sudanese and Sudanese refugees"));
        // Shared by the two Congos and by Dominica and the Dominican Republic: left out rather than guessed.
        assertEquals(List.of(), found("Congolese and Dominican migrants"));
        // The language, not the country.
        assertEquals(List.of(), found("courses in the Serbian language and in Japanese languages"));
    }

    @Test
    void readsPlacesThatStandForTheirCountry() {
        assertEquals(
                List.of("New York City=USA", "California=USA", "Quito=ECU", "Sfax=TUN", "Gwangju=KOR"),
                found("New York City, California, Quito, Sfax and Gwangju"));
        // Named after the city where they began, not about its country.
        assertEquals(List.of(), found("the Rabat Process, the Bali and Rabat Processes and the Quito Declaration"));
        // UN venues are no places of the list.
        assertEquals(List.of(), found("workshops held in New York and Geneva"));
    }

    @Test
    void doesNotReadACountryInsideOtherNames() {
        assertEquals(List.of(), found("Columbia University's School of International and Public Affairs"));
        assertEquals(List.of("New Mexico=USA"), found("New Mexico"));
        assertEquals(
                List.of("Papua New Guinea=PNG", "Guinea-Bissau=GNB", "Guinea=GIN", "Equatorial Guinea=GNQ"),
                found("Papua New Guinea, Guinea-Bissau, Guinea and Equatorial Guinea, but not New Guinea"));
        assertEquals(List.of("Northern Ireland=GBR", "Ireland=IRL"), found("Northern Ireland and Ireland"));
        assertEquals(List.of("Nigeria=NGA", "Niger=NER"), found("Nigeria and Niger, not the Niger Delta"));
        assertEquals(List.of(), found("US $425 as a processing fee, and a US$25 contribution"));
        assertEquals(List.of(), found("the Sendai Framework, the Abu Dhabi Dialogue, the Gulf Cooperation Council"));
        assertEquals(List.of(), found("the Sovereign Order of Malta, en_US pages, the Indian Ocean"));
        assertEquals(List.of(), found("turkey, china, a guinea pig, chad"), "names are matched case-sensitively");
        assertEquals(List.of(), found("Mexicano, Italiano"), "only whole words");
    }

    @Test
    void findsTheCitiesOfAnExampleWithTheirOffsetsInTheFile() {
        // Objective 1, example 4 (line 165): 13 cities of the Mediterranean City-to-City Migration project.
        assertEquals("""
                JOR Amman 23097-23102
                LBN Beirut 23104-23110
                MAR Casablanca 23112-23122
                PRT Lisbon 23124-23130
                FRA Lyon 23132-23136
                ESP Madrid 23138-23144
                MAR Oujda 23146-23151
                MAR Rabat 23153-23158
                TUN Sfax 23160-23164
                TUN Sousse 23166-23172
                MAR Tangiers 23174-23182
                TUN Tunis 23184-23189
                ITA Turin 23191-23196
                """, mentions(inExample(1, 4)));
    }

    @Test
    void findsNamesAdjectivesAndFormalNamesInExamples() {
        // Objective 4, example 3 (line 289): the Mexican consular ID, "living in the US".
        assertEquals("""
                MEX Mexican 44986-44993
                MEX Mexican 45008-45015
                MEX Mexico 45039-45045
                MEX Mexican 45115-45122
                USA US 45146-45148
                MEX Mexican 45226-45233
                MEX Mexican 45346-45353
                MEX Mexican 45360-45367
                MEX Mexican 45705-45712
                """, mentions(inExample(4, 3)));
        // Objective 6, example 1 (line 403): "US $425" and "US $25" are amounts, not the United States.
        assertEquals("""
                PHL Philippines 62464-62475
                JPN Japan 62480-62485
                """, mentions(inExample(6, 1)));
        // Objective 9, example 2 (line 560): the formal names, whole.
        assertEquals("""
                AFG Islamic Republic of Afghanistan 87124-87155
                IRN Islamic Republic of Iran 87157-87181
                IRQ Republic of Iraq 87183-87199
                PAK Islamic Republic of Pakistan 87204-87232
                """, mentions(inExample(9, 2)));
        // Objective 10, example 1 (line 612): a State of the United States, qualified.
        assertEquals("""
                USA California 96158-96168
                USA USA 96170-96173
                USA California 96438-96448
                """, mentions(inExample(10, 1)));
        // Objective 10, example 2 (line 613): two national Red Cross societies and a government office.
        assertEquals("""
                HRV Croatian 96943-96951
                GBR British 96967-96974
                HRV Republic of Croatia 97048-97067
                """, mentions(inExample(10, 2)));
        // Objective 15, example 4 (line 877): "learn the Serbian language" names the language.
        assertEquals("""
                SRB Serbia 136731-136737
                """, mentions(inExample(15, 4)));
        // Objective 16, example 4 (line 977): a city qualified by its country.
        assertEquals("""
                KOR Gwangju 148162-148169
                KOR South Korea 148171-148182
                """, mentions(inExample(16, 4)));
        // Objective 19, example 2 (line 1153): Columbia University is not Colombia.
        assertEquals("""
                MDA Moldova 174310-174317
                """, mentions(inExample(19, 2)));
    }
}

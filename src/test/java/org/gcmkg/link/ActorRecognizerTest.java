package org.gcmkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.gcmkg.corpus.Corpus;
import org.gcmkg.corpus.MappedText;
import org.gcmkg.corpus.SourceText;
import org.gcmkg.reference.Countries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Actors found in lines of the corpus, with their words and code point offsets in the file (checked with Python:
 * {@code text[start:end]} is the words).
 */
class ActorRecognizerTest {
    static final String BOOKLET = "gcm-implementation-booklet.txt";
    static final String IOM = "iom-idm-red-book-27.txt";
    static Corpus corpus;
    ActorRegistry registry = ActorRegistry.standard();
    ActorRecognizer recognizer = new ActorRecognizer(registry, Countries.standard());

    @BeforeAll
    static void open() {
        corpus = Corpus.open(Path.of("data/corpus"));
    }

    List<String> actors(String file, int line) {
        SourceText source = corpus.documents().stream()
                .filter(s -> s.fileName().equals(file))
                .findFirst()
                .orElseThrow();
        ActorRecognizer.Recognition recognition = recognizer.recognise(MappedText.of(source.line(line)));
        recognition.met().forEach(registry::add);
        return recognition.mentions().stream()
                .peek(m -> assertEquals(EntityKind.ACTOR, m.kind()))
                .map(m -> m.id() + " " + m.matchedText() + " " + m.startOffset() + "-" + m.endOffset())
                .toList();
    }

    Actor actor(String id) {
        return registry.actor(id).orElseThrow();
    }

    @Test
    void readsAGovernmentFromItsCountrysName() {
        // Example 2.3: "In 2015, the government of Bangladesh published its National strategy ..."
        assertEquals(List.of("government-of-bangladesh government of Bangladesh 31506-31530"), actors(BOOKLET, 206));
        Actor government = actor("government-of-bangladesh");
        assertEquals("Government of Bangladesh", government.name());
        assertEquals(ActorType.GOVERNMENT, government.type());
        assertEquals("BGD", government.country());
    }

    @Test
    void readsGovernmentsAndMinistriesFromAdjectivesAndPossessives() {
        // Example 16.5: "The Colombian government, with the support of UNDP, ..."
        assertEquals(
                List.of("government-of-colombia Colombian government 148656-148676", "undp UNDP 148698-148702"),
                actors(BOOKLET, 978));
        // Example 15.4: "Since 2018, Serbia's Ministry of Education called for schools ..."
        assertEquals(
                List.of("ministry-of-education-of-serbia Serbia's Ministry of Education 136731-136761"),
                actors(BOOKLET, 877));
        assertEquals(
                "Ministry of Education of Serbia",
                actor("ministry-of-education-of-serbia").name());
        assertEquals("SRB", actor("ministry-of-education-of-serbia").country());
        // Example 7.3: "In 2016 UNICEF and the German Ministry for Family Affairs, Senior Citizens, Women and Youth
        // ..."
        assertEquals(
                List.of(
                        "unicef UNICEF 72554-72560",
                        "ministry-for-family-affairs-senior-citizens-women-and-youth-of-germany German Ministry for Family Affairs, "
                                + "Senior Citizens, Women and Youth 72569-72637",
                        "unicef UNICEF 72943-72949"),
                actors(BOOKLET, 459));
        assertEquals(
                "DEU",
                actor("ministry-for-family-affairs-senior-citizens-women-and-youth-of-germany")
                        .country());
    }

    @Test
    void readsAMinistryInASpeakersParenthesis() {
        // "Mehmet Samsar (Director General for Consular Affairs, Ministry of Foreign Affairs, Turkey)"; the label takes
        // the country's CLDR name, the text's name is another name.
        assertEquals(
                "ministry-of-foreign-affairs-of-turkiye Ministry of Foreign Affairs, Turkey 32521-32556",
                actors(IOM, 60).get(0));
        Actor ministry = actor("ministry-of-foreign-affairs-of-turkiye");
        assertEquals("Ministry of Foreign Affairs of Türkiye", ministry.name());
        assertTrue(
                ministry.otherNames().contains("Ministry of Foreign Affairs of Turkey"),
                ministry.otherNames().toString());
        assertEquals("TUR", ministry.country());
    }

    @Test
    void prefersTheLongestNameAndTheBodyOverItsParent() {
        // Example 14.1: Mexico's Foreign Ministry, IOM, the US Embassy in Mexico, UNICEF and UN Women, and no bare
        // "UN".
        assertEquals(
                List.of(
                        "ministry-of-foreign-affairs-of-mexico Mexico's Foreign Ministry 127320-127345",
                        "iom IOM 127502-127505",
                        "embassy-of-the-united-states-in-mexico US Embassy in Mexico 127514-127534",
                        "unicef UNICEF 127954-127960",
                        "un-women UN Women 128036-128044"),
                actors(BOOKLET, 823));
        // Example 1.3: "the ECOWAS Commission, which consists of fifteen ECOWAS Member States and Mauritania. FMM is
        // funded by the EU and the ECOWAS Commission and jointly implemented by IOM, the International Centre for
        // Migration Policy Development (ICMPD) and ILO."
        assertEquals(
                List.of(
                        "ecowas-commission ECOWAS Commission 22759-22776",
                        "ecowas ECOWAS 22804-22810",
                        "european-union EU 22862-22864",
                        "ecowas-commission ECOWAS Commission 22873-22890",
                        "iom IOM 22918-22921",
                        "icmpd International Centre for Migration Policy Development 22927-22980",
                        "icmpd ICMPD 22982-22987",
                        "ilo ILO 22993-22996"),
                actors(BOOKLET, 164));
    }

    @Test
    void readsAnAcronymAfterNonAsNoActor() {
        // Example 22.1: "four migration corridors between EU and non-EU countries"
        assertEquals(
                List.of("world-bank World Bank 197267-197277", "european-union EU 197338-197340"),
                actors(BOOKLET, 1307));
    }

    @Test
    void readsACityAsAnActorWhereTheTextNamesItAsABody() {
        // Example 17.5: "Four local authorities in the Latin American region (Quito, Mexico City, Medellín and
        // Montevideo)"
        assertEquals(
                List.of(
                        "quito Quito 157126-157131",
                        "mexico-city Mexico City 157133-157144",
                        "medellin Medellín 157146-157154",
                        "montevideo Montevideo 157159-157169",
                        "coalicion-lac Coalición LAC 157352-157365"),
                actors(BOOKLET, 1038));
        assertEquals("ECU", actor("quito").country());
        // Example 23.1: "more than 80 mayors gathering in Quito, Ecuador" names the city as a place.
        assertEquals(
                List.of("gfmd Global Forum on Migration and Development 205012-205053", "gfmd GFMD 205055-205059"),
                actors(BOOKLET, 1362));
    }

    @Test
    void readsAMandateInAnyCaseAsTheOneActor() {
        // Recommendation 31 of the IOM report writes the mandate QUNO's sheet writes in lower case.
        assertTrue(actors(IOM, 162)
                .contains("special-rapporteur-on-the-human-rights-of-migrants Special Rapporteur on the "
                        + "Human Rights of Migrants 139323-139373"));
        Actor mandate = registry.resolve("Special Rapporteur on the human rights of migrants")
                .orElseThrow();
        assertEquals("special-rapporteur-on-the-human-rights-of-migrants", mandate.id());
        assertEquals(ActorType.MANDATE, mandate.type());
    }

    @Test
    void readsAnOrganAsAnActorOfItsOwnPartOfItsOrganisation() {
        // Example 11.3: "... adopted in June 2014 at the 23rd Ordinary Session of the Assembly of the African Union."
        assertTrue(actors(BOOKLET, 668)
                .contains("assembly-of-the-african-union Assembly of the African Union 105852-105881"));
        assertEquals(
                "african-union", actor("assembly-of-the-african-union").parent().id());
        // Example 7.1: the working group, not the Global Migration Group it belongs to.
        assertEquals(
                "global-migration-group-working-group-on-human-rights-and-gender Global Migration Group (GMG) Working "
                        + "Group on Human Rights and Gender 71696-71765",
                actors(BOOKLET, 457).get(0));
        Actor group = actor("global-migration-group-working-group-on-human-rights-and-gender");
        assertEquals("Global Migration Group Working Group on Human Rights and Gender", group.name());
        assertEquals(
                List.of("Global Migration Group (GMG) Working Group on Human Rights and Gender"), group.otherNames());
        assertEquals(ActorType.NETWORK, group.type());
    }

    @Test
    void readsAMinistryNamedWithoutItsCountryFromTheCountryNamedBefore() {
        // Example 8.2: "the government of Italy established an office ... within its Ministry of Interior."
        assertTrue(actors(BOOKLET, 518).contains("ministry-of-interior-of-italy its Ministry of Interior 80513-80537"));
        // Example 19.1: "Burundi, well aware of the role its diaspora can play ..., has established a diaspora
        // department within its Ministry of External Affairs."
        assertEquals(
                List.of("ministry-of-external-affairs-of-burundi its Ministry of External Affairs 173567-173599"),
                actors(BOOKLET, 1150));
        // Example 15.6: "Peru's Ministry of Social Development ... The Ministry of Foreign Affairs has officially
        // requested UN support".
        assertEquals(
                List.of(
                        "ministry-of-social-development-of-peru Peru's Ministry of Social Development 138577-138614",
                        "ministry-of-foreign-affairs-of-peru The Ministry of Foreign Affairs 138754-138785",
                        "united-nations UN 138811-138813"),
                actors(BOOKLET, 896));
        assertEquals("PER", actor("ministry-of-foreign-affairs-of-peru").country());
    }

    @Test
    void readsABodyAndTheCityItBelongsToByTheirOwnWords() {
        // Example 16.1: "The Migration Department of the City of Sao Paulo provides ..., while Atlanta's Office of
        // Immigrant Affairs provides ...".
        assertEquals(
                List.of(
                        "migration-department-of-the-city-of-sao-paulo Migration Department 145633-145653",
                        "sao-paulo City of Sao Paulo 145661-145678",
                        "atlanta Atlanta 145817-145824",
                        "office-of-immigrant-affairs-of-atlanta Office of Immigrant Affairs 145827-145854"),
                actors(BOOKLET, 961));
    }

    @Test
    void readsNoActorInAnInstrumentsTitleOrAWordForSeveralBodies() {
        // Example 9.4: "the Council of Europe ... in Council of Europe Member States ... the UN Smuggling Protocol".
        assertEquals(
                List.of(
                        "council-of-europe Council of Europe 89048-89065",
                        "council-of-europe Council of Europe 89199-89216"),
                actors(BOOKLET, 569));
        // Example 23.2: "a UN financing mechanism ... Launched by UN Member States and UN entities".
        assertEquals(
                List.of("united-nations UN 205600-205602", "united-nations UN 205731-205733"), actors(BOOKLET, 1363));
        // Example 23.4: "... over 30 Civil Society Organizations, UN Agencies, Special Procedures, ...".
        assertTrue(actors(BOOKLET, 1365).stream().noneMatch(a -> a.startsWith("united-nations ")));
        // Example 22.3: "the New York City COVID-19 Immigrant Emergency Relief programme" is named after the city.
        assertEquals(List.of("open-society-foundations Open Society Foundations 199383-199407"), actors(BOOKLET, 1312));
    }

    /** The actors a sentence written for the test names, with their words. */
    List<String> actorsIn(String sentence) {
        return recognizer.find(MappedText.of(new SourceText("test.txt", sentence).line(1))).stream()
                .map(m -> m.id() + " " + m.matchedText())
                .toList();
    }

    @Test
    void endsANameWhereAnotherBodyOrAPostFollowsAnd() {
        assertEquals(
                List.of("iom-department-of-emergencies IOM Department of Emergencies", "unhcr UNHCR"),
                actorsIn("It was run by the IOM Department of Emergencies and UNHCR."));
        assertEquals(
                List.of(
                        "government-of-italy government of Italy",
                        "ministry-of-interior-of-italy its Ministry of " + "Interior",
                        "iom IOM"),
                actorsIn("The government of Italy and its Ministry of Interior and IOM agreed."));
    }

    @Test
    void readsAMinistryWithoutItsCountryOnlyFromTheSentenceBeforeOrItsOwn() {
        assertEquals(
                List.of(),
                actorsIn("Migrants from Venezuela arrived in 2018. Many found work. Later, the Ministry "
                        + "of Health opened clinics."));
        assertEquals(
                List.of("ministry-of-health-of-venezuela the Ministry of Health"),
                actorsIn("Venezuela is hosting returnees. In 2018, the Ministry of Health opened clinics."));
    }
}

package org.gcmkg.link;

import static org.gcmkg.link.ActorPatterns.AFTER;
import static org.gcmkg.link.ActorPatterns.BEFORE;
import static org.gcmkg.link.ActorPatterns.SUBJECT;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gcmkg.corpus.Sentences;
import org.gcmkg.reference.Countries;
import org.gcmkg.reference.Country;

/**
 * The governments, parliaments, ministries and embassies a text names by their wording and the name or adjective of
 * their country ("the government of Bangladesh", "the Colombian government", "the Italian Parliament", "Serbia's
 * Ministry of Education", "Ministry of Foreign Affairs, Turkey", "the Mexican Embassy"), and the ministries it names
 * without their country where the sentence or the one before says whose they are: "its Ministry of Interior" after
 * naming Italy, "The Ministry of Foreign Affairs" after naming Peru and no other country. Each is named after its country
 * ({@link ActorNames}).
 */
final class StateBodies {
    /** The word every government, ministry and embassy is named with: texts without it need no search for them. */
    private static final Pattern BODY_WORD = Pattern.compile("overnment|inistry|mbassy|arliament");
    /** A ministry by what it is of or for, or a foreign ministry: "Ministry of Education", "Foreign Ministry". */
    private static final String MINISTRY =
            "(?:Ministry\\s+(?<prep>of|for)\\s+" + SUBJECT + "|(?<foreign>Foreign\\s+Ministry))";
    /** A ministry named by the possessive of a country the text has just named: "... within its Ministry of Interior". */
    private static final Pattern ITS_MINISTRY = Pattern.compile(BEFORE + "[Ii]ts\\s+" + MINISTRY + AFTER);
    /** A ministry named without its country: "The Ministry of Foreign Affairs has officially requested ...". */
    private static final Pattern BARE_MINISTRY = Pattern.compile(BEFORE + "(?:[Tt]he\\s+)?" + MINISTRY + AFTER);

    /**
     * The ways a text names a State's body, as patterns in which {@code {body}} stands for the body's words, {@code
     * {ministry}} for a ministry's (not a "Foreign Ministry"), {@code {country}} for a name of its country and {@code
     * {adjective}} for its adjective: "Government of Bangladesh", "Serbia's Ministry of Education", "the Colombian
     * government", "Ministry of Foreign Affairs, Turkey".
     */
    private static final List<String> FORMS = List.of(
            "{bodyOf}\\s+of\\s+(?:the\\s+)?{country}",
            "{country}['’]s\\s+{body}",
            "(?:{adjective}|{country})\\s+{body}",
            "{ministry},\\s+{country}");
    /** The words of each kind of body; the group's name says which kind matched. */
    private static final String BODY_OF =
            "(?:(?<government>[Gg]overnment)|(?<parliament>Parliament)|Ministry\\s+(?<prep>of|for)\\s+" + SUBJECT
                    + "|(?<embassy>[Ee]mbassy))";

    private static final String BODY =
            "(?:(?<government>[Gg]overnment)|(?<parliament>Parliament)|" + MINISTRY + "|(?<embassy>[Ee]mbassy))";

    private final Countries countries;
    /** {@link #FORMS}, each compiled once with the names and adjectives of every country. */
    private final List<Pattern> bodies;
    /** A country's name or adjective: what "its" in "its Ministry of ..." refers to. */
    private final Pattern countryNamed;
    /** Countries listed before one plural body: "the Japanese and Swiss Governments", each country's own. */
    private final Pattern sharedBody;

    StateBodies(Countries countries) {
        this.countries = countries;
        String country =
                "(?<country>" + Alternation.of(countries.nameSpellings().keySet()) + ")";
        String adjective = "(?<adjective>" + Alternation.of(countries.demonyms().keySet()) + ")";
        countryNamed = Pattern.compile(BEFORE + "(?:" + adjective + "|" + country + ")" + AFTER);
        String member = "(?:" + Alternation.of(countries.demonyms().keySet()) + "|"
                + Alternation.of(countries.nameSpellings().keySet()) + ")";
        sharedBody = Pattern.compile(BEFORE + "(?<list>" + member + "(?:,\\s+" + member + ")*,?\\s+and\\s+" + member
                + ")\\s+(?<plural>[Gg]overnments|[Ee]mbassies|[Pp]arliaments)" + AFTER);
        bodies = FORMS.stream()
                .map(form -> Pattern.compile(BEFORE
                        + form.replace("{bodyOf}", BODY_OF)
                                .replace("{body}", BODY)
                                .replace("{ministry}", "Ministry\\s+(?<prep>of|for)\\s+" + SUBJECT)
                                .replace("{country}", country)
                                .replace("{adjective}", adjective)
                        + AFTER))
                .toList();
    }

    /** The State bodies {@code text} names, besides the {@code listed} actors found in it already. */
    List<NamedActor> find(String text, List<NamedActor> listed) {
        if (!BODY_WORD.matcher(text).find()) {
            return List.of();
        }
        List<NamedActor> found = new ArrayList<>();
        for (Pattern body : bodies) {
            Matcher b = body.matcher(text);
            while (b.find()) {
                found.add(new NamedActor(b.start(), b.end(), body(b)));
            }
        }
        found.addAll(sharedBodies(text));
        found.addAll(ministriesOfTheCountryNamed(text));
        List<NamedActor> named = new ArrayList<>(listed);
        named.addAll(found);
        found.addAll(ministriesOfTheOneCountry(text, named));
        return found;
    }

    /** The body of each country a list before a plural body names, by the country's words. */
    private List<NamedActor> sharedBodies(String text) {
        List<NamedActor> found = new ArrayList<>();
        Matcher shared = sharedBody.matcher(text);
        while (shared.find()) {
            String plural = shared.group("plural").toLowerCase(java.util.Locale.ROOT);
            Matcher member = countryNamed.matcher(text).region(shared.start("list"), shared.end("list"));
            while (member.find()) {
                Country country = countries.byIso3(iso3(member)).orElseThrow();
                Actor body = plural.startsWith("gov")
                        ? ActorNames.of("Government", country, ActorType.GOVERNMENT)
                        : ActorNames.of(
                                plural.startsWith("emb") ? "Embassy" : "Parliament", country, ActorType.NATIONAL);
                found.add(new NamedActor(member.start(), member.end(), body));
            }
        }
        return found;
    }

    /**
     * Ministries a text names by "its" after naming a country: the ministry of the country named last before it, in
     * its sentence or the one before.
     */
    private List<NamedActor> ministriesOfTheCountryNamed(String text) {
        List<NamedActor> ministries = new ArrayList<>();
        Matcher its = ITS_MINISTRY.matcher(text);
        while (its.find()) {
            Matcher country =
                    countryNamed.matcher(text).region(Sentences.startOfPrevious(text, its.start()), its.start());
            String iso3 = null;
            while (country.find()) {
                iso3 = iso3(country);
            }
            if (iso3 != null) {
                ministries.add(new NamedActor(its.start(), its.end(), ministry(its, iso3)));
            }
        }
        return ministries;
    }

    /**
     * Ministries a text names without a country where the words before them, in their sentence and the one before,
     * name one country only (by its name or adjective, or through its bodies): that country's ministries ("Peru's Ministry of Social Development
     * ... The Ministry of Foreign Affairs", "United Arab Emirates: Alex Zalami (Advisor to the Minister, Ministry of
     * Human Resources and Emiratization)"). A ministry belongs to a State, and the words around it name no other.
     */
    private List<NamedActor> ministriesOfTheOneCountry(String text, List<NamedActor> named) {
        List<NamedActor> ministries = new ArrayList<>();
        Matcher bare = BARE_MINISTRY.matcher(text);
        while (bare.find()) {
            int start = bare.start();
            int end = bare.end();
            if (named.stream().anyMatch(c -> c.start() < end && start < c.end())) {
                continue;
            }
            int from = Sentences.startOfPrevious(text, start);
            Set<String> countriesNamed = new HashSet<>();
            Matcher country = countryNamed.matcher(text).region(from, start);
            while (country.find()) {
                countriesNamed.add(iso3(country));
            }
            named.stream()
                    .filter(c -> c.start() >= from && c.end() <= start)
                    .map(c -> c.actor().country())
                    .filter(Objects::nonNull)
                    .forEach(countriesNamed::add);
            if (countriesNamed.size() == 1) {
                ministries.add(new NamedActor(
                        start, end, ministry(bare, countriesNamed.iterator().next())));
            }
        }
        return ministries;
    }

    /** The government, parliament, ministry or embassy a match of one of {@link #bodies} names. */
    private Actor body(Matcher m) {
        Country country = countries.byIso3(iso3(m)).orElseThrow();
        if (group(m, "government") != null) {
            return ActorNames.of("Government", country, ActorType.GOVERNMENT);
        }
        if (group(m, "embassy") != null) {
            return ActorNames.of("Embassy", country, ActorType.NATIONAL);
        }
        if (group(m, "parliament") != null) {
            return ActorNames.of("Parliament", country, ActorType.NATIONAL);
        }
        return ActorNames.of(ministryName(m), country, ActorType.NATIONAL);
    }

    private Actor ministry(Matcher m, String iso3) {
        return ActorNames.of(ministryName(m), countries.byIso3(iso3).orElseThrow(), ActorType.NATIONAL);
    }

    /** The country a match names by its name or its adjective. */
    private String iso3(Matcher m) {
        return group(m, "country") != null
                ? countries.nameSpellings().get(m.group("country"))
                : countries.demonyms().get(m.group("adjective"));
    }

    /** The name of the ministry a match names: "Ministry of Foreign Affairs" for a "Foreign Ministry". */
    private static String ministryName(Matcher m) {
        return group(m, "foreign") != null
                ? "Ministry of Foreign Affairs"
                : "Ministry " + m.group("prep") + " " + m.group("subject").replaceAll("\\s+", " ");
    }

    /** The group {@code name} of {@code m}, or null where the pattern has no such group or it matched nothing. */
    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

package org.gcmkg.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gcmkg.corpus.MappedText;
import org.gcmkg.reference.Countries;
import org.gcmkg.reference.Country;

/**
 * Finds the actors a text names: by a name of {@link ActorRegistry}'s list ("UNICEF", "the International Committee
 * of the Red Cross"), and governments, ministries and embassies by their wording and the name or adjective of their
 * country ("the government of Bangladesh", "the Colombian government", "Serbia's Ministry of Education", "Ministry
 * of Foreign Affairs, Turkey", "the Mexican Embassy"), which it registers as they are met. Names are whole words; an
 * acronym or other one-word name ("IOM", "Sfax") is matched case-sensitively, a longer name in any case ("the city of
 * Gwangju"). Where candidates overlap the leftmost longest wins, so that "ECOWAS Commission" is not ECOWAS and "UN
 * Women" is one actor. An acronym after "non-" ("non-EU countries") names no actor. A city is an actor where the text
 * names it as a body ("Amman, Beirut ... have elaborated city migration profiles", "the governor of the State of
 * California"), not where a preposition makes its bare name a place ("mayors gathering in Quito", "residents of New
 * York City") or it names a process after itself ("the Rabat Process").
 */
public final class ActorRecognizer implements EntityRecognizer {
    private static final String BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String AFTER = "(?![\\p{L}\\p{N}])";
    /** A word of a ministry's name: "Foreign", "Affairs", "Human", "Mobility". */
    private static final String WORD = "[A-Z][\\p{L}'’-]*";
    /** What a ministry is "of" or "for": title-case words, joined by spaces, commas and small words. */
    private static final String SUBJECT = "(?:the\\s+)?(?<subject>" + WORD + "(?:(?:,\\s+|\\s+)(?:(?:and|of|for|the|on)\\s+)*"
            + WORD + ")*)";
    /** A city or state named as a body: "the city of Gwangju", "the State of California". */
    private static final Pattern BODY_OF_PLACE = Pattern.compile("(?:city|municipality|state|government)\\s+of\\s",
            Pattern.CASE_INSENSITIVE);
    /** The word every government, ministry and embassy is named with: texts without it need no search for them. */
    private static final Pattern BODY_WORD = Pattern.compile("overnment|inistry|mbassy");
    private static final Pattern PREVIOUS_WORD = Pattern.compile("(\\p{L}+)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Set<String> LOCATIVE = Set.of("in", "at", "from", "to", "of", "near", "across", "within",
            "around", "throughout", "between", "into", "outside", "inside", "via");
    /** A city's name that names a process, an instrument or a meeting after the city ("the Rabat Process"). */
    private static final Pattern NAMED_AFTER = Pattern.compile("\\s+(?:Process|Dialogue|Declaration|Framework|Agenda"
            + "|Convention|Protocol|Plan|Consensus|Principles|Statement|Action)(?:es|s)?" + AFTER);

    private final ActorRegistry registry;
    private final Countries countries;
    /** The listed names by their lower-case form, each with its spellings as listed. */
    private final Map<String, List<String>> spellings = new LinkedHashMap<>();
    private final Pattern names;
    private final List<Pattern> bodies;

    public ActorRecognizer(ActorRegistry registry, Countries countries) {
        this.registry = registry;
        this.countries = countries;
        List<String> all = new ArrayList<>(registry.names().keySet());
        all.sort(Comparator.comparingInt(String::length).reversed());
        for (String name : all) {
            spellings.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(name);
        }
        names = Pattern.compile(BEFORE + "(?:" + all.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")"
                + AFTER, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        String country = "(?<country>" + alternatives(countries.nameSpellings().keySet()) + ")";
        String adjective = "(?<adjective>" + alternatives(countries.demonyms().keySet()) + ")";
        String ofCountry = "\\s+of\\s+(?:the\\s+)?" + country + AFTER;
        String possessive = country + "['’]s\\s+";
        String ministry = "Ministry\\s+(?<prep>of|for)\\s+" + SUBJECT;
        String foreignMinistry = "(?<foreign>Foreign\\s+Ministry)";
        bodies = List.of(
                Pattern.compile(BEFORE + "(?<government>[Gg]overnment)" + ofCountry),
                Pattern.compile(BEFORE + possessive + "(?<government>[Gg]overnment)" + AFTER),
                Pattern.compile(BEFORE + "(?:" + adjective + "|" + country + ")\\s+(?<government>[Gg]overnment)" + AFTER),
                Pattern.compile(BEFORE + ministry + ofCountry),
                Pattern.compile(BEFORE + ministry + ",\\s+" + country + AFTER),
                Pattern.compile(BEFORE + possessive + "(?:" + ministry + "|" + foreignMinistry + ")" + AFTER),
                Pattern.compile(BEFORE + "(?:" + adjective + "|" + country + ")\\s+(?:" + ministry + "|" + foreignMinistry
                        + ")" + AFTER),
                Pattern.compile(BEFORE + "(?<embassy>[Ee]mbassy)" + ofCountry),
                Pattern.compile(BEFORE + possessive + "(?<embassy>[Ee]mbassy)" + AFTER),
                Pattern.compile(BEFORE + "(?:" + adjective + "|" + country + ")\\s+(?<embassy>[Ee]mbassy)" + AFTER));
    }

    /** Words of a text that name an actor, the actor, and where they stand in the text. */
    private record Candidate(int start, int end, Actor actor) {
        int length() {
            return end - start;
        }
    }

    @Override
    public List<EntityMention> find(MappedText mapped) {
        String text = mapped.text();
        List<Candidate> candidates = new ArrayList<>();
        Matcher m = names.matcher(text);
        while (m.find()) {
            listed(text, m.start(), m.end()).ifPresent(candidates::add);
        }
        for (Pattern body : BODY_WORD.matcher(text).find() ? bodies : List.<Pattern>of()) {
            Matcher b = body.matcher(text);
            while (b.find()) {
                candidates.add(new Candidate(b.start(), b.end(), registry.add(body(b))));
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::start).thenComparing(Comparator.comparingInt(Candidate::length).reversed()));
        List<EntityMention> found = new ArrayList<>();
        int taken = 0;
        for (Candidate c : candidates) {
            if (c.start() >= taken) {
                found.add(new EntityMention(EntityKind.ACTOR, c.actor().id(), text.substring(c.start(), c.end()),
                        mapped.sourceOffset(c.start()), mapped.sourceEnd(c.end())));
                taken = c.end();
            }
        }
        return found;
    }

    /** The listed actor the words at {@code start}-{@code end} name, if they name one there. */
    private Optional<Candidate> listed(String text, int start, int end) {
        String words = text.substring(start, end);
        List<String> listedAs = spellings.get(words.toLowerCase(Locale.ROOT));
        boolean spelt = listedAs != null && listedAs.stream().anyMatch(s -> s.contains(" ") || s.equals(words));
        if (!spelt) {
            return Optional.empty();
        }
        Actor actor = registry.resolve(listedAs.get(0)).orElseThrow();
        boolean acronym = !words.contains(" ") && words.equals(words.toUpperCase(Locale.ROOT));
        if (acronym && text.substring(0, start).toLowerCase(Locale.ROOT).endsWith("non-")) {
            return Optional.empty();
        }
        boolean bare = !BODY_OF_PLACE.matcher(words).lookingAt();
        if (actor.type() == ActorType.LOCAL && (bare && LOCATIVE.contains(previousWord(text, start))
                || NAMED_AFTER.matcher(text).region(end, text.length()).lookingAt())) {
            return Optional.empty();
        }
        return Optional.of(new Candidate(start, end, actor));
    }

    /** The word before {@code index}, skipping one "the", in lower case; "" at the start. */
    private static String previousWord(String text, int index) {
        Matcher words = PREVIOUS_WORD.matcher(text.substring(Math.max(0, index - 40), index));
        return words.find() ? words.group(1).toLowerCase(Locale.ROOT) : "";
    }

    /** The government, ministry or embassy a match of one of {@link #bodies} names. */
    private Actor body(Matcher m) {
        String iso3 = group(m, "country") != null ? countries.nameSpellings().get(m.group("country"))
                : countries.demonyms().get(m.group("adjective"));
        Country country = countries.byIso3(iso3).orElseThrow();
        if (group(m, "government") != null) {
            return ActorNames.of("Government", country, ActorType.GOVERNMENT);
        }
        if (group(m, "embassy") != null) {
            return ActorNames.of("Embassy", country, ActorType.NATIONAL);
        }
        String ministry = group(m, "foreign") != null ? "Ministry of Foreign Affairs"
                : "Ministry " + m.group("prep") + " " + m.group("subject").replaceAll("\\s+", " ");
        return ActorNames.of(ministry, country, ActorType.NATIONAL);
    }

    /** The group {@code name} of {@code m}, or null where the pattern has no such group or it matched nothing. */
    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String alternatives(Collection<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }
}

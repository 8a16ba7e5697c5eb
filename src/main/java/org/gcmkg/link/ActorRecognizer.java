package org.gcmkg.link;

import static org.gcmkg.link.ActorPatterns.AFTER;
import static org.gcmkg.link.ActorPatterns.BEFORE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gcmkg.corpus.MappedText;
import org.gcmkg.reference.Countries;

/**
 * Finds the actors a text names: by a name of {@link ActorRegistry}'s list ("UNICEF", "the International Committee
 * of the Red Cross"), the organs of listed organisations ({@link Organs}) and the bodies of a State ({@link
 * StateBodies}). Names are whole words; an acronym or other one-word name ("IOM", "Sfax") is matched
 * case-sensitively, a longer name in any case ("the city of Gwangju"). Where candidates overlap the leftmost longest
 * wins, so that "ECOWAS Commission" is not ECOWAS and "UN Women" is one actor. A name names no actor before a word
 * for several bodies ("UN agencies") or the rest of an instrument's title ("UN Smuggling Protocol"), nor an acronym
 * after "non-" ("non-EU countries"). A city is an actor where the text names it as a body ("Amman, Beirut ... have
 * elaborated city migration profiles", "the governor of the State of California", "Atlanta's Office of Immigrant
 * Affairs"), not where a preposition makes its bare name a place ("mayors gathering in Quito", "residents of New York
 * City") or it names a process or programme after itself ("the Rabat Process").
 */
public final class ActorRecognizer implements EntityRecognizer {
    /** A city or state named as a body: "the city of Gwangju", "the State of California". */
    private static final Pattern BODY_OF_PLACE =
            Pattern.compile("(?:city|municipality|state|government)\\s+of\\s", Pattern.CASE_INSENSITIVE);

    private static final Pattern PREVIOUS_WORD =
            Pattern.compile("(\\p{L}+)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Set<String> LOCATIVE = Set.of(
            "in",
            "at",
            "from",
            "to",
            "of",
            "near",
            "across",
            "within",
            "around",
            "throughout",
            "between",
            "into",
            "outside",
            "inside",
            "via");
    /**
     * A city's name that names a process, a programme or a meeting after the city ("the Rabat Process", "the New York
     * City COVID-19 Immigrant Emergency Relief programme").
     */
    private static final Pattern NAMED_AFTER = Pattern.compile("(?:\\s+[A-Z0-9][\\p{L}0-9-]*)*\\s+(?:Process|Dialogue"
            + "|Declaration|Framework|Agenda|Convention|Protocol|Plan|Consensus|Principles|Statement|Action|[Pp]rogram"
            + "|[Pp]rogramme|[Pp]roject|[Ii]nitiative)(?:es|s)?" + AFTER);
    /**
     * The rest of an instrument's title after the name of the body that issued it ("UN Smuggling Protocol", "African
     * Union Convention on ...", "ECOWAS Support Procedures and Standards ...", "IOM's Migration Governance Framework"): the
     * name is part of the title there.
     */
    private static final Pattern TITLE_AFTER =
            Pattern.compile("(?:['’]?\\s?s(?=\\s))?(?:\\s+[A-Z][\\p{L}-]*(?:\\s+(?:[A-Z][\\p{L}-]*|and|of|on"
                    + "|for))*?)?\\s+(?:Convention|Covenant|Protocol|Declaration|Framework|Principles|Guidelines|Charter|Agenda"
                    + "|Standards|Compact|Treaty|Agreement|Work Plan|Plan of Action)" + AFTER);
    /** A word for several bodies after an organisation's name: "UN agencies", "the United Nations system". */
    private static final Pattern SEVERAL_AFTER = Pattern.compile(
            "\\s+(?:system|agencies|entities|bodies|family|partners)" + AFTER, Pattern.CASE_INSENSITIVE);

    private static final Pattern POSSESSIVE_END = Pattern.compile("['’]s\\s+");
    private static final Pattern OF_END = Pattern.compile("\\s+of(?:\\s+the)?\\s+$");

    private final ActorRegistry registry;
    /** The listed names by their lower-case form, each with its spellings as listed. */
    private final Map<String, List<String>> spellings = new LinkedHashMap<>();

    private final Pattern names;
    private final Organs organs;
    private final StateBodies stateBodies;
    private final OrganisationShapes shapes;
    /** The patterns of each city's names, by the city's id, compiled when the city is first met. */
    private final Map<String, List<Pattern>> cityNames = new ConcurrentHashMap<>();

    public ActorRecognizer(ActorRegistry registry, Countries countries) {
        this.registry = registry;
        List<String> all = new ArrayList<>(registry.names().keySet());
        all.sort(Comparator.comparingInt(String::length).reversed());
        for (String name : all) {
            spellings
                    .computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(name);
        }
        names = Pattern.compile(
                BEFORE + "(?:" + Alternation.caseBlind(all) + ")" + AFTER,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        organs = new Organs();
        stateBodies = new StateBodies(countries);
        shapes = new OrganisationShapes(countries);
    }

    /**
     * What a text names: every actor the recognizer met in it, in the order it met them (those a longer name covers
     * too, so that what is registered does not depend on which candidate wins), and the mentions it chose.
     */
    public record Recognition(List<Actor> met, List<EntityMention> mentions) {}

    @Override
    public List<EntityMention> find(MappedText mapped) {
        return recognise(mapped).mentions();
    }

    /** The actors {@code mapped} names, found without changing the registry. */
    public Recognition recognise(MappedText mapped) {
        String text = mapped.text();
        List<NamedActor> candidates = new ArrayList<>();
        Matcher m = names.matcher(text);
        while (m.find()) {
            listed(text, m.start(), m.end()).ifPresent(c -> {
                candidates.add(c);
                organs.of(text, c).ifPresent(candidates::add);
            });
        }
        candidates.addAll(stateBodies.find(text, candidates));
        candidates.addAll(shapes.find(text, candidates));
        List<Actor> met = candidates.stream().map(NamedActor::actor).toList();
        candidates.sort(Comparator.comparingInt(NamedActor::start)
                .thenComparing(Comparator.comparingInt(NamedActor::length).reversed()));
        List<NamedActor> chosen = new ArrayList<>();
        int taken = 0;
        for (NamedActor c : candidates) {
            if (c.start() >= taken) {
                chosen.addAll(withItsCity(text, c));
                taken = c.end();
            }
        }
        return new Recognition(
                met,
                chosen.stream()
                        .map(c -> new EntityMention(
                                EntityKind.ACTOR,
                                c.actor().id(),
                                text.substring(c.start(), c.end()),
                                mapped.sourceOffset(c.start()),
                                mapped.sourceEnd(c.end())))
                        .toList());
    }

    /**
     * A body, and the city it belongs to where the body's name names the city as a body too, each by its own words:
     * "Atlanta's" and "Office of Immigrant Affairs", "Migration Department" and "City of Sao Paulo".
     */
    private List<NamedActor> withItsCity(String text, NamedActor body) {
        Actor city = body.actor().parent();
        if (city == null || city.type() != ActorType.LOCAL) {
            return List.of(body);
        }
        for (Pattern name : cityNames.computeIfAbsent(city.id(), id -> namePatterns(city))) {
            Matcher m = name.matcher(text).region(body.start(), body.end());
            if (!m.find()) {
                continue;
            }
            NamedActor named = new NamedActor(m.start(), m.end(), city);
            Matcher possessive = POSSESSIVE_END.matcher(text).region(m.end(), body.end());
            if (m.start() == body.start() && possessive.lookingAt()) {
                return List.of(named, new NamedActor(possessive.end(), body.end(), body.actor()));
            }
            Matcher of = OF_END.matcher(text).region(body.start(), m.start());
            if (m.end() == body.end() && of.find()) {
                return List.of(new NamedActor(body.start(), of.start(), body.actor()), named);
            }
            return List.of(body, named);
        }
        return List.of(body);
    }

    /** Patterns for each name of {@code city}, longest first. */
    private static List<Pattern> namePatterns(Actor city) {
        return city.names().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(name -> Pattern.compile(
                        BEFORE + Pattern.quote(name) + AFTER, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
    }

    /** The listed actor the words at {@code start}-{@code end} name, if they name one there. */
    private Optional<NamedActor> listed(String text, int start, int end) {
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
        if (SEVERAL_AFTER.matcher(text).region(end, text.length()).lookingAt()
                || TITLE_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
            return Optional.empty();
        }
        boolean bare = !BODY_OF_PLACE.matcher(words).lookingAt();
        if (actor.type() == ActorType.LOCAL
                && (bare && LOCATIVE.contains(previousWord(text, start))
                        || NAMED_AFTER.matcher(text).region(end, text.length()).lookingAt())) {
            return Optional.empty();
        }
        return Optional.of(new NamedActor(start, end, actor));
    }

    /** The word before {@code index}, skipping one "the", in lower case; "" at the start. */
    private static String previousWord(String text, int index) {
        Matcher words = PREVIOUS_WORD.matcher(text.substring(Math.max(0, index - 40), index));
        return words.find() ? words.group(1).toLowerCase(Locale.ROOT) : "";
    }
}

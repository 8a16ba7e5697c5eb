package org.gcmkg.link;

import static org.gcmkg.link.ActorPatterns.AFTER;
import static org.gcmkg.link.ActorPatterns.BEFORE;
import static org.gcmkg.link.ActorPatterns.SUBJECT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gcmkg.reference.Countries;
import org.gcmkg.reference.Country;

/**
 * Organisations no list holds, recognised by the shape of their names: proper-noun words headed by an organisational
 * noun ("Himilo Relief and Development Association", "National Commission for the Eradication of Slave Labour",
 * "Department of Migration", "Bali Process"), and lists that share a plural head ("the Bali, Budapest and Rabat
 * Processes", each a process of its own). A name needs a word of its own besides the head: a proper word before it or
 * what it is of or for after it; common words alone ("the Regional Office", "the Ministry") name no one body. Inside a
 * speaker's parenthesis ("(Director, Department of Migration, Ministry of Interior, Ecuador)") a body belongs to the
 * country the parenthesis ends with, and is part of the body named after it ({@code org:subOrganizationOf}). A State's
 * body is named after its country ({@link ActorNames}), another by its words.
 */
final class OrganisationShapes {
    private static final String HEADS = "Ministry|Department|Directorate|Office|Agency|Commission|Council|Forum|Process"
            + "|Centre|Center|Institute|Institution|University|Faculty|Unit|Network|Secretariat|Association"
            + "|Foundation|Committee|Authority|Bureau|Federation|Observatory|Academy|Society|Organization|Organisation";
    private static final String PLURAL_HEADS = "Processes|Networks|Commissions|Councils|Forums|Fora";
    /** A proper word of a name: capitalised, or an acronym. */
    private static final String WORD = "[A-Z][\\p{L}'’.-]*";

    private static final Pattern NAME =
            Pattern.compile(BEFORE + "(?<modifiers>(?:" + WORD + "\\s+(?:(?:and|of|for|de|del|la|el|para)\\s+)?)*?)"
                    + "(?<head>" + HEADS + ")(?:\\s+(?<prep>of|for|on|against)\\s+" + SUBJECT + ")?" + AFTER);
    private static final Pattern SHARED_HEAD = Pattern.compile(BEFORE + "(?<list>" + WORD + "(?:,\\s+" + WORD
            + ")*,?\\s+and\\s+" + WORD + ")\\s+(?<head>" + PLURAL_HEADS + ")" + AFTER);
    private static final Pattern MEMBER = Pattern.compile(WORD);
    /** What {@link #NAME} and {@link #SHARED_HEAD} cannot match without. */
    private static final Literals HEAD_WORDS = Literals.of(HEADS.split("\\|"));

    private static final Literals PLURAL_HEAD_WORDS = Literals.of(PLURAL_HEADS.split("\\|"));

    private static final Pattern SUBJECT_OF_TITLE = Pattern.compile(
            "(?<!\\p{L})(?!(?:Director|Minister|Head|Chief|Secretary|President|Chair|Member|Representative|Ambassador"
                    + "|Advisor|Adviser|Officer|Coordinator|Commissioner|Rapporteur|Dean|Professor|Governor|Mayor|Deputy|Consul|Counsellor"
                    + "|Attaché|Delegate|Expert|Specialist|Manager|Founder|Executive|General)\\b)[A-Z][\\p{L}-]*\\s+(?:on|of|for|against|to)"
                    + "\\s+(?:the\\s+)?$");
    /** Heads of the bodies a State has: inside a parenthesis that ends with a country, they are that country's. */
    private static final Pattern OF_A_STATE =
            Pattern.compile("\\b(?:Ministry|Department|Directorate|Office|Agency|Commission"
                    + "|Council|Secretariat|Unit|Bureau|Authority)\\b");
    /**
     * Words that say what kind of body it is, not which: a name made only of them and its head is no name ("the
     * Regional Office", "Our Department").
     */
    private static final Set<String> COMMON = Set.of(
            "The",
            "This",
            "That",
            "These",
            "Those",
            "Its",
            "Their",
            "Our",
            "Each",
            "Every",
            "Any",
            "Such",
            "A",
            "An",
            "National",
            "Regional",
            "Local",
            "International",
            "Global",
            "Federal",
            "Central",
            "Special",
            "Permanent",
            "Joint",
            "New",
            "Main",
            "Relevant",
            "Competent",
            "Technical",
            "Executive",
            "General",
            "Public",
            "Country",
            "Head",
            "Governing",
            "Consultative",
            "Government",
            "State",
            "Inter-Ministerial",
            "Interministerial",
            "Civil",
            "Migration",
            "Advisory",
            "Steering",
            "Working",
            "Foreign",
            "Home",
            "In",
            "At",
            "For",
            "And",
            "Director",
            "Minister",
            "Deputy",
            "Chief",
            "Senior",
            "Adviser",
            "Advisor",
            "Officer",
            "Secretary",
            "President",
            "Chair",
            "Chairperson",
            "Coordinator",
            "Vice-President",
            "Vice-Minister",
            "Under-Secretary",
            "Ambassador");
    /** Words that open a sentence or a title rather than a name: stripped from the front. */
    private static final Set<String> OPENERS = Set.of(
            "The", "This", "That", "These", "Those", "Its", "Their", "Our", "Each", "Every", "Any", "Such", "A", "An",
            "In", "At", "For", "And", "With", "By", "From", "Through");

    private final Countries countries;

    OrganisationShapes(Countries countries) {
        this.countries = countries;
    }

    /** The organisations {@code text} names by their shape, where no {@code found} actor stands already. */
    List<NamedActor> find(String text, List<NamedActor> found) {
        List<NamedActor> shapes = new ArrayList<>();
        Matcher shared = SHARED_HEAD.matcher(text);
        boolean plural = PLURAL_HEAD_WORDS.anyIn(text);
        while (plural && shared.find()) {
            String head = singular(shared.group("head"));
            Matcher member = MEMBER.matcher(text).region(shared.start("list"), shared.end("list"));
            while (member.find()) {
                if (!member.group().equals("and")) {
                    shapes.add(new NamedActor(
                            member.start(),
                            member.end(),
                            Actor.of(member.group() + " " + head, ActorType.NETWORK, List.of(), null)));
                }
            }
        }
        Matcher m = NAME.matcher(text);
        boolean headed = HEAD_WORDS.anyIn(text);
        while (headed && m.find()) {
            int start = m.start();
            String[] modifiers = m.group("modifiers").isBlank()
                    ? new String[0]
                    : m.group("modifiers").strip().split("\\s+");
            int dropped = 0;
            while (dropped < modifiers.length && OPENERS.contains(modifiers[dropped])) {
                dropped++;
            }
            for (int i = 0; i < dropped; i++) {
                start = text.indexOf(modifiers[i], start) + modifiers[i].length();
                while (Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
            }
            String[] own = Arrays.copyOfRange(modifiers, dropped, modifiers.length);
            boolean named = m.group("prep") != null
                    || Arrays.stream(own)
                            .anyMatch(w -> !COMMON.contains(w) && !w.matches("and|of|for|de|del|la|el|para"));
            if (!named || own.length > 0 && own[0].matches("and|of|for|de|del|la|el|para")) {
                continue;
            }
            // A process named after a State ("UK Family Returns Process") is its procedure, not a consultative process.
            if (m.group("head").equals("Process")
                    && Arrays.stream(own)
                            .anyMatch(w -> countries.nameSpellings().containsKey(w)
                                    || countries.demonyms().containsKey(w))) {
                continue;
            }
            // The subject of a longer title ("Agreement on Stabilization and Association") is no body of its own.
            if (SUBJECT_OF_TITLE
                    .matcher(text)
                    .region(Math.max(0, start - 60), start)
                    .find()) {
                continue;
            }
            int s = start;
            int e = m.end();
            if (found.stream().anyMatch(f -> f.start() < e && s < f.end())
                    || shapes.stream().anyMatch(f -> f.start() < e && s < f.end())) {
                continue;
            }
            shapes.add(new NamedActor(s, e, null));
        }
        return attach(text, shapes, found);
    }

    /** The bodies found, each with its country and the body it is part of where its parenthesis says them. */
    private List<NamedActor> attach(String text, List<NamedActor> shapes, List<NamedActor> found) {
        List<NamedActor> attached = new ArrayList<>();
        for (int i = 0; i < shapes.size(); i++) {
            NamedActor shape = shapes.get(i);
            if (shape.actor() != null) {
                attached.add(shape);
                continue;
            }
            Actor actor = actor(text, shape.start(), shape.end());
            // A ministry is a State's: without its country ("the Ministry of Health") it names no one body.
            if (actor.country() == null && text.startsWith("Ministry", shape.start())) {
                continue;
            }
            if (actor.parent() == null
                    && parenthesis(text, shape.start(), shape.end()).isPresent()) {
                // "(Chief, ... Media Unit, UNISDR)": the unit of the body named right after it in the parenthesis.
                Optional<Actor> next = found.stream()
                        .filter(f -> f.start() > shape.end()
                                && text.substring(shape.end(), f.start()).matches(",\\s*(?:the\\s+)?"))
                        .map(NamedActor::actor)
                        .findFirst();
                if (next.isPresent()) {
                    actor = new Actor(
                            actor.id(), actor.name(), actor.type(), actor.otherNames(), actor.country(), next.get());
                }
            }
            attached.add(new NamedActor(shape.start(), shape.end(), actor));
        }
        return attached;
    }

    private Actor actor(String text, int start, int end) {
        String words = text.substring(start, end).replaceAll("\\s+", " ");
        Optional<String> parenthesis = parenthesis(text, start, end);
        Country country = parenthesis.flatMap(this::lastCountry).orElse(null);
        Actor parent = null;
        if (parenthesis.isPresent()) {
            String rest = parenthesis.get().substring(parenthesis.get().indexOf(words) + words.length());
            Matcher next = NAME.matcher(rest);
            if (rest.startsWith(",") && next.find() && next.start() <= 2 + leadingSpaces(rest)) {
                parent = actor(next.group().replaceAll("\\s+", " "), country);
            }
        }
        Actor actor = actor(words, country);
        return parent == null
                ? actor
                : new Actor(actor.id(), actor.name(), actor.type(), actor.otherNames(), actor.country(), parent);
    }

    private static int leadingSpaces(String s) {
        int i = 1;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i - 1;
    }

    private static Actor actor(String words, Country country) {
        return country == null || !OF_A_STATE.matcher(words).find()
                ? Actor.of(words, type(words), List.of(), null)
                : ActorNames.of(words, country, ActorType.NATIONAL);
    }

    private static ActorType type(String words) {
        return words.matches(".*\\b(?:Process|Network|Forum|Mechanism)\\b.*")
                ? ActorType.NETWORK
                : ActorType.NON_GOVERNMENTAL;
    }

    /** The text of the parenthesis {@code start}-{@code end} stands in, if it stands in one. */
    private static Optional<String> parenthesis(String text, int start, int end) {
        int open = text.lastIndexOf('(', start);
        int close = text.indexOf(')', end);
        if (open < 0
                || close < 0
                || text.lastIndexOf(')', start) > open
                || text.substring(end, close).indexOf('(') >= 0) {
            return Optional.empty();
        }
        return Optional.of(text.substring(open + 1, close));
    }

    /** The country the words of a parenthesis end with: "..., Ministry of Interior, Ecuador". */
    private Optional<Country> lastCountry(String parenthesis) {
        String last = parenthesis.substring(parenthesis.lastIndexOf(',') + 1).strip();
        return Optional.ofNullable(countries.nameSpellings().get(last)).flatMap(countries::byIso3);
    }

    private static String singular(String plural) {
        return plural.equals("Fora")
                ? "Forum"
                : plural.endsWith("sses") || plural.endsWith("ses") && plural.startsWith("Process")
                        ? plural.substring(0, plural.length() - 2)
                        : plural.substring(0, plural.length() - 1);
    }
}

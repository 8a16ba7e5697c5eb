package org.gcmkg.link;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.gcmkg.corpus.TabSeparated;
import org.gcmkg.reference.Slug;

/**
 * The actors of the whole corpus, one entry per real organisation, body or mandate whatever the spelling: those of
 * {@code link/actors.tsv}, and those a text or a document names that the list does not hold (governments and
 * ministries read from their wording, the mandates of a guidance table), registered while the linker gathers the
 * candidates of every document and closed before any graph is written, so that every document describes the same
 * actor the same way.
 */
public final class ActorRegistry {
    static final String ACTORS = "/link/actors.tsv";
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    // Compiled once: every name met in every text is keyed.
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_THE = Pattern.compile("(?i)^the ");
    private static final String FORM = "'name<TAB>type<TAB>other names<TAB>country[<TAB>part of]'";

    private final Map<String, Actor> byId = new LinkedHashMap<>();
    private final Map<String, String> idByName = new LinkedHashMap<>();
    /** Set once every document's candidates are gathered: from then on the registry only answers. */
    private boolean closed;

    /** The actors of {@code link/actors.tsv}. */
    public static ActorRegistry standard() {
        return read(TabSeparated.resource(ACTORS));
    }

    /** The actors of the lines of a list in the form of {@code link/actors.tsv}; {@code file} names it in errors. */
    static ActorRegistry read(String file, List<String> lines) {
        return read(TabSeparated.of(file, lines));
    }

    private static ActorRegistry read(TabSeparated tsv) {
        Map<String, TabSeparated.Row> rowByName = new LinkedHashMap<>();
        for (TabSeparated.Row row : tsv.rows()) {
            List<String> cols = row.columns();
            if (cols.size() < 4 || cols.size() > 5 || cols.get(0).isBlank()) {
                throw tsv.error(row, FORM + ", found " + cols.size() + " columns");
            }
            rowByName.put(cols.get(0).strip(), row);
        }
        ActorRegistry registry = new ActorRegistry();
        Map<String, Actor> read = new LinkedHashMap<>();
        for (TabSeparated.Row row : rowByName.values()) {
            Actor actor = actor(tsv, row, rowByName, read, new HashSet<>());
            for (String name : actor.names()) {
                String earlier = registry.idByName.get(key(name));
                if (earlier != null) {
                    throw tsv.error(
                            row,
                            "names that name one actor, found '" + name + "' also for '"
                                    + registry.byId.get(earlier).name() + "'");
                }
            }
            registry.add(actor);
        }
        return registry;
    }

    /** The actor of a row, with the actor of the row it names as its organisation ({@code read} keeps those made). */
    private static Actor actor(
            TabSeparated tsv,
            TabSeparated.Row row,
            Map<String, TabSeparated.Row> rowByName,
            Map<String, Actor> read,
            Set<String> below) {
        List<String> cols = row.columns();
        String name = cols.get(0).strip();
        if (read.containsKey(name)) {
            return read.get(name);
        }
        ActorType type = ActorType.ofWord(cols.get(1))
                .orElseThrow(() -> tsv.error(
                        row,
                        "a type of "
                                + Arrays.stream(ActorType.values())
                                        .map(ActorType::word)
                                        .toList() + ", found '" + cols.get(1) + "'"));
        String country = cols.get(3).strip();
        if (!country.isEmpty() && !ISO3.matcher(country).matches()) {
            throw tsv.error(row, "an ISO 3166-1 alpha-3 code, found '" + country + "'");
        }
        List<String> others = Arrays.stream(cols.get(2).split("\\|"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        String parentName = cols.size() == 5 ? cols.get(4).strip() : "";
        Actor parent = null;
        if (!parentName.isEmpty()) {
            TabSeparated.Row parentRow = rowByName.get(parentName);
            if (parentRow == null) {
                throw tsv.error(
                        row, "the canonical name of another listed actor it is part of, found '" + parentName + "'");
            }
            if (!below.add(name)) {
                throw tsv.error(row, "an organisation that is not, through its own, part of '" + name + "'");
            }
            parent = actor(tsv, parentRow, rowByName, read, below);
        }
        Actor actor = new Actor(Slug.of(name), name, type, others, country.isEmpty() ? null : country, parent);
        read.put(name, actor);
        return actor;
    }

    /**
     * The actor registered under {@code actor}'s id, registering {@code actor} if none is.
     *
     * @throws IllegalStateException where none is and the registry is closed: an actor met after the gathering phase
     */
    public synchronized Actor add(Actor actor) {
        Actor known = byId.get(actor.id());
        if (known != null) {
            return known;
        }
        if (closed) {
            throw new IllegalStateException(
                    "the actors were gathered from every document before the graphs were written," + " but '"
                            + actor.name() + "' (" + actor.id() + ") was met after that");
        }
        byId.put(actor.id(), actor);
        for (String name : actor.names()) {
            idByName.putIfAbsent(key(name), actor.id());
        }
        return actor;
    }

    /** The actor {@code name} names, ignoring case, white space and a leading "the". */
    public synchronized Optional<Actor> resolve(String name) {
        return Optional.ofNullable(idByName.get(key(name))).map(byId::get);
    }

    /** The actor {@code name} names, or a new one of type {@code type} by that name. */
    public synchronized Actor resolveOrAdd(String name, ActorType type) {
        return resolve(name).orElseGet(() -> add(Actor.of(name.strip(), type, List.of(), null)));
    }

    /**
     * Adds {@code name} to the names of {@code actor}, where no actor has it yet: an acronym a text defines for it
     * ("... Development (GFMD)"). Returns whether it was added.
     */
    public synchronized boolean addName(Actor actor, String name) {
        if (closed) {
            throw new IllegalStateException("the actors were gathered before the graphs were written, but the name '"
                    + name + "' was given to '" + actor.name() + "' after that");
        }
        if (idByName.containsKey(key(name)) || !byId.containsKey(actor.id())) {
            return false;
        }
        Actor known = byId.get(actor.id());
        List<String> others = new java.util.ArrayList<>(known.otherNames());
        others.add(name);
        byId.put(
                known.id(), new Actor(known.id(), known.name(), known.type(), others, known.country(), known.parent()));
        idByName.put(key(name), known.id());
        return true;
    }

    /** Closes the registry: every actor is known, and adding one that is not fails. */
    public synchronized void close() {
        closed = true;
    }

    public synchronized Optional<Actor> actor(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public synchronized List<Actor> actors() {
        return List.copyOf(byId.values());
    }

    static String key(String name) {
        String spaced = SPACES.matcher(name.strip()).replaceAll(" ").replace('’', '\'');
        return LEADING_THE.matcher(spaced).replaceFirst("").toLowerCase(Locale.ROOT);
    }

    /** The names of every listed actor, for the recognizer: name to actor. */
    synchronized Map<String, Actor> names() {
        Map<String, Actor> names = new LinkedHashMap<>();
        for (Actor actor : byId.values()) {
            for (String name : actor.names()) {
                names.putIfAbsent(name, actor);
            }
        }
        return names;
    }

    /** Not to be made from outside: {@link #standard()} or {@link #read}. */
    private ActorRegistry() {}
}

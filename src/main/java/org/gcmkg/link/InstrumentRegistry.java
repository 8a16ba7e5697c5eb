package org.gcmkg.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gcmkg.corpus.TabSeparated;
import org.gcmkg.reference.Slug;

/**
 * The legal instruments of the whole corpus, one entry per real instrument whatever the document or the spelling:
 * the frameworks a document lists are registered by their titles and abbreviations, and {@code link/instrument-aliases.tsv}
 * adds the other names the corpus uses for them. Every document then resolves names against the same registry, so
 * that the same instrument is the same resource.
 */
public final class InstrumentRegistry {
    static final String ALIASES = "/link/instrument-aliases.tsv";

    /** One instrument: its id (the slug of its canonical title), its canonical title, and every name it is known by. */
    public record Entry(String id, String title, List<String> names) {}

    private final Map<String, Entry> byId = new LinkedHashMap<>();
    private final Map<String, String> idByName = new LinkedHashMap<>();
    private final Map<String, List<String>> aliasesByTitle = readAliases();
    private boolean closed;

    /**
     * Registers an instrument by its title and other names, or adds the names to the instrument one of them already
     * resolves to. Returns the instrument's id.
     */
    public String register(String title, List<String> otherNames) {
        if (closed) {
            throw new IllegalStateException("the instruments were gathered from every document before the graphs were"
                    + " written, but '" + title + "' was registered after that");
        }
        List<String> names = new ArrayList<>();
        names.add(title);
        names.addAll(otherNames);
        String id = names.stream()
                .map(this::resolve)
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(Slug.of(title));
        Entry entry = byId.get(id);
        List<String> all = new ArrayList<>(entry == null ? List.of() : entry.names());
        names.addAll(aliasesByTitle.getOrDefault(key(title), List.of()));
        shortName(title).ifPresent(names::add);
        Matcher joint = JOINT.matcher(title);
        if (joint.find()) {
            names.add(title.substring(joint.end()));
        }
        for (String name : names) {
            if (!all.contains(name)) {
                all.add(name);
            }
            idByName.putIfAbsent(key(name), id);
        }
        byId.put(id, new Entry(id, entry == null ? title : entry.title(), List.copyOf(all)));
        return id;
    }

    /**
     * The name an instrument goes by in running text, where its title begins with a proper name before the instrument
     * word: "Sendai Framework for Disaster Risk Reduction" is "the Sendai Framework". Titles that begin with a common
     * word ("International Covenant on ...", "Global Compact for ...") have no such name, unless they are against
     * something ({@link #AGAINST}).
     */
    static Optional<String> shortName(String title) {
        Matcher year = YEAR_FIRST.matcher(title);
        if (year.find()) {
            return Optional.of(year.group(1) + " " + year.group(2));
        }
        Matcher against = AGAINST.matcher(title);
        if (against.find()) {
            return Optional.of(against.group(2) + " " + against.group(1));
        }
        Matcher m = SHORT_NAME.matcher(title);
        if (!m.find() || genericStart(m.group(1).split("\\s+"))) {
            return Optional.empty();
        }
        return Optional.of(m.group(1).strip() + " " + m.group(2));
    }

    /**
     * A protocol or convention "against" one thing goes by that thing: the "Protocol against the Smuggling of Migrants
     * by Land, Sea and Air" is "the Smuggling Protocol", the "Convention against Torture and ..." "the Torture
     * Convention".
     */
    private static final Pattern AGAINST = Pattern.compile(
            "^(Protocol|Convention)\\s+against\\s+(?:the\\s+)?([A-Z][\\p{L}-]+)(?=\\s+of\\s|\\s+and\\s|,|$)");

    private static final Pattern SHORT_NAME = Pattern.compile(
            "^((?:[A-Z][\\p{L}-]+\\s+)+?)(Framework|Agreement|Convention|Protocol|Declaration|Agenda|Compact)\\s+"
                    + "(?:for|on|against|of|to)\\s");
    /**
     * A title that begins with its year goes by the year and its head word: "2030 Agenda for Sustainable Development"
     * is "the 2030 Agenda".
     */
    private static final Pattern YEAR_FIRST = Pattern.compile("^([12][0-9]{3})\\s+(Agenda|Declaration|Framework|Compact"
            + "|Action Plan|Plan of Action|Programme of Action)(?:\\s+(?:for|on|of)\\s|$)");
    /** A joint declaration or plan also goes without the word: the "Joint Valletta Action Plan" is "the Valletta Action Plan". */
    private static final Pattern JOINT = Pattern.compile("^Joint\\s+(?=[A-Z])");

    /**
     * Whether the words before the head word begin with a common word, which makes them no name: "International
     * Covenant on ...". "New" before another capitalised word begins the name of a place ("New York Declaration for
     * Refugees and Migrants").
     */
    private static boolean genericStart(String[] words) {
        if (words[0].equals("New") && words.length > 1) {
            return false;
        }
        return GENERIC_FIRST_WORDS.contains(words[0]);
    }

    private static final Set<String> GENERIC_FIRST_WORDS = Set.of(
            "International",
            "Universal",
            "United",
            "Global",
            "Supplementary",
            "Optional",
            "New",
            "General",
            "European",
            "African",
            "American");

    /** Closes the registry once every document's instruments are registered: registering one more then fails. */
    public void close() {
        closed = true;
    }

    /** The instrument {@code name} names, ignoring case, white space and a leading "the". */
    public Optional<String> resolve(String name) {
        return Optional.ofNullable(idByName.get(key(name)));
    }

    public Optional<Entry> entry(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<Entry> entries() {
        return List.copyOf(byId.values());
    }

    /** A matcher for every name of every registered instrument. */
    public InstrumentMatcher matcher() {
        Map<String, List<String>> namesById = new LinkedHashMap<>();
        for (Entry entry : byId.values()) {
            namesById.put(entry.id(), entry.names());
        }
        return new InstrumentMatcher(namesById);
    }

    /** A name as compared: case, white space, a leading "the" and British "-ise" spellings ("Organised") aside. */
    static String key(String name) {
        return name.strip()
                .replaceAll("\\s+", " ")
                .replaceFirst("(?i)^the ", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("(?<=[a-z])is(e|ed|es|ing|ation)\\b", "iz$1");
    }

    private static Map<String, List<String>> readAliases() {
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        TabSeparated tsv = TabSeparated.resource(ALIASES);
        for (TabSeparated.Row row : tsv.rows()) {
            List<String> cols = tsv.columns(row, 2, "'title<TAB>alias'");
            aliases.computeIfAbsent(key(cols.get(0)), k -> new ArrayList<>())
                    .add(cols.get(1).strip());
        }
        return aliases;
    }
}

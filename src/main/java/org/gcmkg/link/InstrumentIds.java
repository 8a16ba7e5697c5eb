package org.gcmkg.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The external identifiers of instruments: the UN Treaty Collection ids and Wikidata items of
 * {@code link/instrument-ids.tsv}, by canonical title, and the ILO code of an ILO convention, which its name gives.
 */
public final class InstrumentIds {
    static final String IDS = "/link/instrument-ids.tsv";
    /** Where a Wikidata item is, as an entity of linked data. */
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";
    private static final Pattern TREATY_ID = Pattern.compile("[IVXL]+-\\d+(?:-[a-z])?");
    private static final Pattern WIKIDATA_ITEM = Pattern.compile("Q\\d+");
    /** "ILO Convention No. 97", "ILO Convention No.143". */
    private static final Pattern ILO_CONVENTION = Pattern.compile("\\bILO Convention No\\.\\s*(\\d{1,3})\\b");
    private static InstrumentIds standard;

    private final Map<String, InstrumentId> byTitle = new LinkedHashMap<>();

    private InstrumentIds() {
    }

    /** The ids of {@code link/instrument-ids.tsv}. */
    public static synchronized InstrumentIds standard() {
        if (standard == null) {
            try (InputStream in = InstrumentIds.class.getResourceAsStream(IDS)) {
                if (in == null) {
                    throw new IllegalStateException(IDS + " is missing from the classpath");
                }
                standard = read(IDS, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return standard;
    }

    /** The ids of lines in the form of {@code link/instrument-ids.tsv}; {@code file} names it in errors. */
    static InstrumentIds read(String file, List<String> lines) {
        InstrumentIds ids = new InstrumentIds();
        int n = 0;
        for (String line : lines) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length != 3 || cols[0].isBlank()) {
                throw new IllegalStateException(file + ":" + n + ": expected 'title<TAB>treaty id<TAB>Wikidata item'");
            }
            String treatyId = value(file, n, cols[1], TREATY_ID, "a UN Treaty Collection id such as 'IV-11'");
            String wikidata = value(file, n, cols[2], WIKIDATA_ITEM, "a Wikidata item such as 'Q7813'");
            if (ids.byTitle.putIfAbsent(InstrumentRegistry.key(cols[0]), new InstrumentId(cols[0].strip(), treatyId, wikidata)) != null) {
                throw new IllegalStateException(file + ":" + n + ": expected one line per instrument, found '" + cols[0] + "' again");
            }
        }
        return ids;
    }

    private static String value(String file, int line, String value, Pattern form, String expected) {
        String v = value.strip();
        if (v.isEmpty()) {
            return null;
        }
        if (!form.matcher(v).matches()) {
            throw new IllegalStateException(file + ":" + line + ": expected " + expected + ", found '" + v + "'");
        }
        return v;
    }

    /** The ids of the instrument of canonical title {@code title}. */
    public Optional<InstrumentId> of(String title) {
        return Optional.ofNullable(byTitle.get(InstrumentRegistry.key(title)));
    }

    public List<InstrumentId> all() {
        return List.copyOf(byTitle.values());
    }

    /** The ILO code ("C097") of the ILO convention one of {@code names} calls "ILO Convention No. 97". */
    public static Optional<String> iloCode(List<String> names) {
        for (String name : names) {
            Matcher m = ILO_CONVENTION.matcher(name);
            if (m.find()) {
                return Optional.of("C%03d".formatted(Integer.parseInt(m.group(1))));
            }
        }
        return Optional.empty();
    }
}

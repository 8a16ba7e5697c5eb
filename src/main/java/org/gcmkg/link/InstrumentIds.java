package org.gcmkg.link;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gcmkg.corpus.TabSeparated;

/**
 * The external identifiers of instruments: the UN Treaty Collection ids and Wikidata items of
 * {@code link/instrument-ids.tsv}, by canonical title, and the ILO code of an ILO convention, which its name gives.
 */
public final class InstrumentIds {
    static final String IDS = "/link/instrument-ids.tsv";
    /** Where a Wikidata item is, as an entity of linked data. */
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";

    private static final String FORM = "'title<TAB>treaty id<TAB>Wikidata item'";
    private static final Pattern TREATY_ID = Pattern.compile("[IVXL]+-\\d+(?:-[a-z])?");
    private static final Pattern WIKIDATA_ITEM = Pattern.compile("Q\\d+");
    /** "ILO Convention No. 97", "ILO Convention No.143". */
    private static final Pattern ILO_CONVENTION = Pattern.compile("\\bILO Convention No\\.\\s*(\\d{1,3})\\b");

    private static InstrumentIds standard;

    private final Map<String, InstrumentId> byTitle = new LinkedHashMap<>();

    private InstrumentIds() {}

    /** The ids of {@code link/instrument-ids.tsv}. */
    public static synchronized InstrumentIds standard() {
        if (standard == null) {
            standard = read(TabSeparated.resource(IDS));
        }
        return standard;
    }

    /** The ids of lines in the form of {@code link/instrument-ids.tsv}; {@code file} names it in errors. */
    static InstrumentIds read(String file, List<String> lines) {
        return read(TabSeparated.of(file, lines));
    }

    private static InstrumentIds read(TabSeparated tsv) {
        InstrumentIds ids = new InstrumentIds();
        for (TabSeparated.Row row : tsv.rows()) {
            List<String> cols = tsv.columns(row, 3, FORM);
            if (cols.get(0).isBlank()) {
                throw tsv.error(row, FORM);
            }
            String treatyId = value(tsv, row, cols.get(1), TREATY_ID, "a UN Treaty Collection id such as 'IV-11'");
            String wikidata = value(tsv, row, cols.get(2), WIKIDATA_ITEM, "a Wikidata item such as 'Q7813'");
            InstrumentId id = new InstrumentId(cols.get(0).strip(), treatyId, wikidata);
            if (ids.byTitle.putIfAbsent(InstrumentRegistry.key(cols.get(0)), id) != null) {
                throw tsv.error(row, "one line per instrument, found '" + cols.get(0) + "' again");
            }
        }
        return ids;
    }

    private static String value(TabSeparated tsv, TabSeparated.Row row, String value, Pattern form, String expected) {
        String v = value.strip();
        if (v.isEmpty()) {
            return null;
        }
        if (!form.matcher(v).matches()) {
            throw tsv.error(row, expected + ", found '" + v + "'");
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

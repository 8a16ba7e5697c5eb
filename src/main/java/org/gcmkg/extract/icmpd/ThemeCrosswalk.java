package org.gcmkg.extract.icmpd;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gcmkg.corpus.CorpusException;
import org.gcmkg.corpus.MappedText;
import org.gcmkg.corpus.SourceText;
import org.gcmkg.corpus.TabSeparated;

/**
 * The curated crosswalk from a publisher's themes to GCM objectives, shipped in the jar as
 * {@code mappings/{abbreviation}-themes-to-gcm-objectives.tsv}: a header, then one row per correspondence with the
 * theme's number, the objective's number, a quote from the theme's text and a quote from the objective's title,
 * actions or examples. Each quote from the theme is checked here against the theme's own text (title, introduction,
 * commitments), so that a row cannot claim words the document does not say, and located there for provenance.
 */
final class ThemeCrosswalk {
    static final String HEADER = "theme\tobjective\ttheme quote\tobjective quote";
    /** The Compact has 23 objectives. */
    static final int GCM_OBJECTIVES = 23;

    private ThemeCrosswalk() {}

    static String resource(String publisherAbbreviation) {
        return "mappings/" + publisherAbbreviation.toLowerCase(Locale.ROOT) + "-themes-to-gcm-objectives.tsv";
    }

    /** The crosswalk for a publisher's themes, or none where the jar holds no crosswalk for that publisher. */
    static List<ThemeMapping> load(String publisherAbbreviation, SourceText source, List<Theme> themes) {
        String name = resource(publisherAbbreviation);
        try (InputStream in = ThemeCrosswalk.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                return List.of();
            }
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8), source, themes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the crosswalk {@code name} with content {@code tsv}, checking each row against {@code themes}. */
    static List<ThemeMapping> parse(String name, String tsv, SourceText source, List<Theme> themes) {
        List<TabSeparated.Row> rows = TabSeparated.of(name, tsv).rows();
        if (rows.isEmpty() || !rows.get(0).text().equals(HEADER)) {
            throw CorpusException.at(
                    name,
                    rows.isEmpty() ? 1 : rows.get(0).line(),
                    "expected the header '" + HEADER.replace("\t", "<TAB>") + "'");
        }
        List<ThemeMapping> mappings = new ArrayList<>();
        Set<String> pairs = new HashSet<>();
        for (TabSeparated.Row row : rows.subList(1, rows.size())) {
            int n = row.line();
            List<String> cols = row.columns();
            if (cols.size() != 4 || cols.get(2).isBlank() || cols.get(3).isBlank()) {
                throw CorpusException.at(name, n, "expected 'theme<TAB>objective<TAB>theme quote<TAB>objective quote'");
            }
            int theme = number(cols.get(0), name, n, "a theme number from 1 to " + themes.size(), themes.size());
            int objective =
                    number(cols.get(1), name, n, "an objective number from 1 to " + GCM_OBJECTIVES, GCM_OBJECTIVES);
            if (!pairs.add(theme + "-" + objective)) {
                throw CorpusException.at(
                        name,
                        n,
                        "expected one row for theme " + theme + " and objective " + objective + ", found another");
            }
            String quote = cols.get(2).strip();
            MappedText found = find(quote, themes.get(theme - 1));
            if (found == null) {
                throw CorpusException.at(
                        name,
                        n,
                        "expected the quote '" + quote + "' verbatim in the text of theme " + theme + " of "
                                + source.fileName());
            }
            mappings.add(new ThemeMapping(theme, objective, quote, cols.get(3).strip(), source.span(found), name, n));
        }
        return List.copyOf(mappings);
    }

    private static int number(String text, String name, int line, String expectation, int max) {
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw CorpusException.at(name, line, "expected " + expectation + ", found '" + text + "'");
    }

    /** Where {@code quote} stands in the theme's texts, or null. */
    private static MappedText find(String quote, Theme theme) {
        for (MappedText text : theme.texts()) {
            int at = text.text().indexOf(quote);
            if (at >= 0) {
                return text.sub(at, at + quote.length());
            }
        }
        return null;
    }
}

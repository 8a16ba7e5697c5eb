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

    private ThemeCrosswalk() {
    }

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
        List<ThemeMapping> mappings = new ArrayList<>();
        Set<String> pairs = new HashSet<>();
        boolean header = false;
        String[] lines = tsv.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int n = i + 1;
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!line.equals(HEADER)) {
                    throw CorpusException.at(name, n, "expected the header '" + HEADER.replace("\t", "<TAB>") + "'");
                }
                header = true;
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length != 4 || cols[2].isBlank() || cols[3].isBlank()) {
                throw CorpusException.at(name, n, "expected 'theme<TAB>objective<TAB>theme quote<TAB>objective quote'");
            }
            int theme = number(cols[0], name, n, "a theme number from 1 to " + themes.size(), themes.size());
            int objective = number(cols[1], name, n, "an objective number from 1 to " + GCM_OBJECTIVES, GCM_OBJECTIVES);
            if (!pairs.add(theme + "-" + objective)) {
                throw CorpusException.at(name, n, "expected one row for theme " + theme + " and objective " + objective
                        + ", found another");
            }
            String quote = cols[2].strip();
            MappedText found = find(quote, themes.get(theme - 1));
            if (found == null) {
                throw CorpusException.at(name, n, "expected the quote '" + quote + "' verbatim in the text of theme "
                        + theme + " of " + source.fileName());
            }
            mappings.add(new ThemeMapping(theme, objective, quote, cols[3].strip(), source.span(found), name, n));
        }
        if (!header) {
            throw CorpusException.at(name, 1, "expected the header '" + HEADER.replace("\t", "<TAB>") + "'");
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

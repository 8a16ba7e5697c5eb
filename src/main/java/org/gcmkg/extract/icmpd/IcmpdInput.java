package org.gcmkg.extract.icmpd;

import java.util.ArrayList;
import java.util.List;
import org.gcmkg.corpus.MappedText;
import org.gcmkg.corpus.SourceText;
import org.gcmkg.extract.ExtractedDocument;
import org.gcmkg.extract.ListedInstrument;

/**
 * Everything read from a stakeholder's input to the UN Secretary-General's report on the GCM (ICMPD's, 2017): its
 * text sections, its themes with their commitments, its annex of frameworks per theme, and the curated mappings of
 * its themes to GCM objectives. {@code publisherAbbreviation} is the short name the document gives its publisher
 * ("ICMPD").
 */
public record IcmpdInput(
        SourceText source,
        String publisher,
        String publisherAbbreviation,
        List<TextSection> sections,
        List<Theme> themes,
        List<AnnexEntry> annex,
        List<ThemeMapping> mappings)
        implements ExtractedDocument {

    @Override
    public String title() {
        return IcmpdExtractor.TITLE;
    }

    /** The frameworks of the annex, so that the registry knows them (and merges them with the booklet's). */
    @Override
    public List<ListedInstrument> listedInstruments() {
        return annex.stream()
                .flatMap(entry -> entry.frameworks().stream())
                .map(f -> new ListedInstrument(f.title(), f.otherNames()))
                .toList();
    }

    /** The paragraphs of each section, then of each theme's introduction and the text of each of its commitments. */
    @Override
    public List<MappedText> linkedTexts() {
        List<MappedText> texts = new ArrayList<>();
        sections.forEach(section -> texts.addAll(section.paragraphs()));
        for (Theme theme : themes) {
            texts.addAll(theme.paragraphs());
            theme.commitments().forEach(commitment -> texts.add(commitment.text()));
        }
        return List.copyOf(texts);
    }
}

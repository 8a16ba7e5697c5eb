package org.gcmkg.extract.booklet;

import java.util.List;
import org.gcmkg.corpus.SourceText;
import org.gcmkg.extract.ExtractedDocument;
import org.gcmkg.extract.ListedInstrument;

/** Everything read from the GCM implementation booklet. */
public record Booklet(
        SourceText source,
        List<TextSection> sections,
        List<Framework> frameworks,
        List<ObjectiveSection> objectives,
        List<Footnote> footnotes,
        List<Website> websites) implements ExtractedDocument {

    @Override
    public String title() {
        return "Implementing the Global Compact for Safe, Orderly and Regular Migration: a practical booklet";
    }

    @Override
    public String publisher() {
        return "United Nations Network on Migration";
    }

    @Override
    public List<ListedInstrument> listedInstruments() {
        return frameworks.stream().map(f -> new ListedInstrument(f.title(), f.matchNames())).toList();
    }
}

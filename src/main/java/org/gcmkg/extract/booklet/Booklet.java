package org.gcmkg.extract.booklet;

import java.util.ArrayList;
import java.util.List;
import org.gcmkg.corpus.MappedText;
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
        List<Website> websites)
        implements ExtractedDocument {

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
        List<ListedInstrument> listed = new ArrayList<>();
        for (Framework f : frameworks) {
            listed.add(new ListedInstrument(f.title(), f.matchNames()));
            f.included().forEach(title -> listed.add(new ListedInstrument(title, List.of())));
        }
        return List.copyOf(listed);
    }

    /** The text of each action, then of each example, objective by objective. */
    @Override
    public List<MappedText> linkedTexts() {
        List<MappedText> texts = new ArrayList<>();
        for (ObjectiveSection objective : objectives) {
            objective.actions().forEach(action -> texts.add(action.text()));
            objective.examples().forEach(example -> texts.add(example.text()));
        }
        return List.copyOf(texts);
    }
}

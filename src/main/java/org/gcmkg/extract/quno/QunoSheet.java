package org.gcmkg.extract.quno;

import java.util.List;
import java.util.Optional;
import org.gcmkg.corpus.MappedText;
import org.gcmkg.corpus.SourceText;
import org.gcmkg.extract.ExtractedDocument;

/**
 * A QUNO "Foundations for Implementation" sheet for one GCM objective: its introduction, and the guidance of the UN
 * Special Procedures and Treaty Bodies it compiles for the objective, one section per kind of body in sheet order.
 */
public record QunoSheet(
        SourceText source,
        String documentTitle,
        int objective,
        String objectiveTitle,
        List<SheetSection> sections,
        List<GuidanceSection> guidanceSections)
        implements ExtractedDocument {

    @Override
    public String title() {
        return documentTitle + ": Objective " + objective;
    }

    @Override
    public String publisher() {
        return "Quaker United Nations Office (QUNO)";
    }

    /** Every row of guidance, in sheet order. */
    public List<Guidance> guidance() {
        return guidanceSections.stream().flatMap(s -> s.guidance().stream()).toList();
    }

    public Optional<GuidanceSection> section(GuidanceSource source) {
        return guidanceSections.stream().filter(s -> s.source() == source).findFirst();
    }

    /** The guidance of each row. */
    @Override
    public List<MappedText> linkedTexts() {
        return guidance().stream().map(Guidance::guidance).toList();
    }

    /** The mandate of each row. */
    @Override
    public List<String> mandates() {
        return guidance().stream().map(Guidance::mandate).toList();
    }
}

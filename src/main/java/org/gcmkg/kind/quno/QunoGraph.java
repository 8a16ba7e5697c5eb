package org.gcmkg.kind.quno;

import org.apache.jena.rdf.model.Resource;
import org.gcmkg.extract.quno.Guidance;
import org.gcmkg.extract.quno.GuidanceSection;
import org.gcmkg.extract.quno.GuidanceSource;
import org.gcmkg.extract.quno.QunoSheet;
import org.gcmkg.extract.quno.SheetSection;
import org.gcmkg.graph.ActorWriter;
import org.gcmkg.graph.DocumentGraph;
import org.gcmkg.graph.GCM;
import org.gcmkg.graph.SectionWriter;
import org.gcmkg.graph.UnDocumentWriter;
import org.gcmkg.kind.booklet.BookletUris;

/**
 * A QUNO sheet's records as RDF: each row of guidance with the mandate that issued it and the UN document it was
 * made in, and per kind of body how much guidance the sheet found for its objective, so that "none" can be told
 * from "not loaded". The objective itself is the booklet's: the sheet points to it and does not describe it.
 */
public final class QunoGraph extends DocumentGraph<QunoSheet> {

    @Override
    protected void write() {
        for (SheetSection section : document.sections()) {
            new SectionWriter(w).section(section.title(), section.text(), section.span());
        }
        Resource objective = model.createResource(BookletUris.objective(document.objective()));
        for (GuidanceSection section : document.guidanceSections()) {
            String body = section.source().displayName();
            Resource coverage = w.derived(
                    QunoUris.guidanceCoverage(stem, document.objective(), body),
                    GCM.GuidanceCoverage,
                    section.source().heading() + " on Objective " + document.objective() + " in "
                            + document.documentTitle() + ": "
                            + section.guidance().size());
            coverage.addProperty(GCM.objective, objective)
                    .addProperty(GCM.sourceType, sourceType(section.source()))
                    .addLiteral(GCM.guidanceCount, w.integer(section.guidance().size()));
            w.addText(coverage, GCM.text, section.note());
            w.passage(coverage, section.span());
            for (Guidance guidance : section.guidance()) {
                guidance(objective, guidance);
            }
        }
    }

    /**
     * A row of guidance, issued by its mandate as the corpus's actors know it (so that the mandate other documents
     * name, in whatever case, is the same resource with one label), and linked to what its text names.
     */
    private void guidance(Resource objective, Guidance guidance) {
        Resource actor = new ActorWriter(w)
                .actor(links.actors().resolve(guidance.mandate()).orElseThrow(), guidance.span());
        Resource unDocument = new UnDocumentWriter(w).unDocument(guidance.symbol(), guidance.span());

        Resource r = w.derived(
                QunoUris.guidance(stem, guidance.number()),
                GCM.Guidance,
                "Guidance of the " + guidance.mandate() + " (" + guidance.year() + "), " + guidance.symbol() + " para. "
                        + guidance.paragraph());
        r.addProperty(GCM.objective, objective)
                .addProperty(GCM.issuedBy, actor)
                .addLiteral(GCM.year, w.integer(guidance.year()))
                .addProperty(GCM.unDocument, unDocument)
                .addProperty(GCM.paragraph, guidance.paragraph())
                .addProperty(GCM.sourceType, sourceType(guidance.source()));
        w.addText(r, GCM.text, guidance.text());
        w.passage(r, guidance.span());
        mentions.link(r, guidance.guidance());
    }

    private static Resource sourceType(GuidanceSource source) {
        return switch (source) {
            case SPECIAL_PROCEDURES -> GCM.SpecialProcedures;
            case TREATY_BODIES -> GCM.TreatyBodies;
        };
    }
}

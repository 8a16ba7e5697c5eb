package org.gcmkg.graph;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.gcmkg.extract.quno.Guidance;
import org.gcmkg.extract.quno.GuidanceSection;
import org.gcmkg.extract.quno.GuidanceSource;
import org.gcmkg.extract.quno.QunoSheet;
import org.gcmkg.extract.quno.SheetSection;
import org.gcmkg.link.Links;

/**
 * A QUNO sheet's records as RDF: each row of guidance with the mandate that issued it and the UN document it was
 * made in, and per kind of body how much guidance the sheet found for its objective, so that "none" can be told
 * from "not loaded". The objective itself is the booklet's: the sheet points to it and does not describe it.
 */
public final class QunoGraph implements DocumentGraph<QunoSheet> {
    /** Where the UN's Official Document System resolves a document symbol. */
    static final String UNDOCS = "https://undocs.org/en/";

    @Override
    public Class<QunoSheet> recordType() {
        return QunoSheet.class;
    }

    @Override
    public Model write(QunoSheet sheet, Links links) {
        ResourceWriter w = ResourceWriter.forDocument(sheet);
        Model model = w.model();
        String stem = w.stem();
        Resource document = w.document();
        for (SheetSection section : sheet.sections()) {
            Resource r = w.derived(Uris.section(stem, section.title()), GCM.Section, section.title());
            w.addText(r, DCTerms.title, section.title());
            w.addText(r, GCM.text, section.text());
            r.addProperty(DCTerms.isPartOf, document);
            w.passage(r, section.span());
        }
        Resource objective = model.createResource(Uris.objective(sheet.objective()));
        for (GuidanceSection section : sheet.guidanceSections()) {
            String body = section.source().displayName();
            Resource coverage = w.derived(Uris.guidanceCoverage(stem, sheet.objective(), body), GCM.GuidanceCoverage,
                    section.source().heading() + " on Objective " + sheet.objective() + " in " + sheet.documentTitle()
                            + ": " + section.guidance().size());
            coverage.addProperty(GCM.objective, objective)
                    .addProperty(GCM.sourceType, sourceType(section.source()))
                    .addLiteral(GCM.guidanceCount, w.integer(section.guidance().size()));
            w.addText(coverage, GCM.text, section.note());
            w.passage(coverage, section.span());
            for (Guidance guidance : section.guidance()) {
                guidance(w, stem, objective, guidance);
            }
        }
        return model;
    }

    private static void guidance(ResourceWriter w, String stem, Resource objective, Guidance guidance) {
        Resource actor = w.derived(Uris.actor(guidance.mandate()), GCM.Actor, guidance.mandate());
        w.passage(actor, guidance.span());

        Resource unDocument = w.derived(Uris.unDocument(guidance.symbol()), GCM.UnDocument, guidance.symbol());
        unDocument.addProperty(GCM.symbol, guidance.symbol())
                .addProperty(RDFS.seeAlso, w.model().createResource(UNDOCS + guidance.symbol()));
        w.passage(unDocument, guidance.span());

        Resource r = w.derived(Uris.guidance(stem, guidance.number()), GCM.Guidance, "Guidance of the "
                + guidance.mandate() + " (" + guidance.year() + "), " + guidance.symbol() + " para. " + guidance.paragraph());
        r.addProperty(GCM.objective, objective)
                .addProperty(GCM.issuedBy, actor)
                .addLiteral(GCM.year, w.integer(guidance.year()))
                .addProperty(GCM.unDocument, unDocument)
                .addProperty(GCM.paragraph, guidance.paragraph())
                .addProperty(GCM.sourceType, sourceType(guidance.source()));
        w.addText(r, GCM.text, guidance.text());
        w.passage(r, guidance.span());
    }

    private static Resource sourceType(GuidanceSource source) {
        return switch (source) {
            case SPECIAL_PROCEDURES -> GCM.SpecialProcedures;
            case TREATY_BODIES -> GCM.TreatyBodies;
        };
    }
}

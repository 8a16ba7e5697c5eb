package org.gcmkg.kind.icmpd;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.gcmkg.corpus.Span;
import org.gcmkg.extract.icmpd.AnnexEntry;
import org.gcmkg.extract.icmpd.AnnexFramework;
import org.gcmkg.extract.icmpd.Commitment;
import org.gcmkg.extract.icmpd.IcmpdInput;
import org.gcmkg.extract.icmpd.TextSection;
import org.gcmkg.extract.icmpd.Theme;
import org.gcmkg.extract.icmpd.ThemeMapping;
import org.gcmkg.graph.DocumentGraph;
import org.gcmkg.graph.GCM;
import org.gcmkg.graph.InstrumentWriter;
import org.gcmkg.graph.ResourceWriter;
import org.gcmkg.graph.SectionWriter;
import org.gcmkg.kind.booklet.BookletUris;
import org.gcmkg.link.InstrumentRegistry;

/** A stakeholder's input to the UNSG's report (ICMPD's) as RDF: sections, themes, commitments, annex, theme mappings. */
public final class IcmpdGraph extends DocumentGraph<IcmpdInput> {

    @Override
    protected void write() {
        document.sections().forEach(this::section);
        document.themes().forEach(this::theme);
        document.annex().forEach(this::annex);
        document.mappings().forEach(this::mapping);
    }

    private void section(TextSection section) {
        Resource r = new SectionWriter(w).section(section.title(), section.text(), section.span());
        section.paragraphs().forEach(paragraph -> mentions.link(r, paragraph));
    }

    private String themeLabel(int n) {
        return document.publisherAbbreviation() + " theme " + n;
    }

    private void theme(Theme theme) {
        int n = theme.number();
        Resource r = w.derived(
                IcmpdUris.theme(stem, n),
                GCM.Theme,
                themeLabel(n) + ": " + theme.title().text());
        r.addLiteral(GCM.number, w.integer(n));
        w.addText(r, DCTerms.title, theme.title().text());
        w.addText(r, DCTerms.description, theme.description());
        w.passage(r, theme.span());
        theme.paragraphs().forEach(paragraph -> mentions.link(r, paragraph));
        for (Commitment commitment : theme.commitments()) {
            commitment(r, n, commitment);
        }
    }

    private void commitment(Resource theme, int n, Commitment commitment) {
        String label = themeLabel(n) + ", commitment " + commitment.number() + ": "
                + ResourceWriter.shorten(commitment.lead(), 160);
        Resource r = w.derived(IcmpdUris.commitment(stem, n, commitment.number()), GCM.Commitment, label);
        r.addProperty(GCM.theme, theme);
        r.addLiteral(GCM.number, w.integer(commitment.number()));
        w.addText(r, DCTerms.description, commitment.text().text());
        for (Span span : commitment.spans()) {
            w.passage(r, span);
        }
        mentions.link(r, commitment.text());
    }

    /**
     * The frameworks the annex lists for a theme. Each is described here from its registry entry, as every
     * document describes it (so the union keeps one label), with the words of the annex that list it; what else is
     * known of it (year, description) is left to the documents that say it.
     */
    private void annex(AnnexEntry entry) {
        Resource theme = model.getResource(IcmpdUris.theme(stem, entry.theme()));
        for (AnnexFramework framework : entry.frameworks()) {
            InstrumentRegistry.Entry instrument = links.instruments()
                    .resolve(framework.title())
                    .flatMap(links.instruments()::entry)
                    .orElseThrow(() -> new IllegalStateException("'" + framework.title() + "' was not registered"));
            theme.addProperty(
                    GCM.relevantFramework,
                    new InstrumentWriter(w, links.instruments()).instrument(instrument, framework.span()));
        }
    }

    private void mapping(ThemeMapping mapping) {
        Resource theme = model.getResource(IcmpdUris.theme(stem, mapping.theme()));
        Resource objective = model.getResource(BookletUris.objective(mapping.objective()));
        String label = themeLabel(mapping.theme()) + " corresponds to GCM objective " + mapping.objective();
        Resource r =
                w.derived(IcmpdUris.themeMapping(stem, mapping.theme(), mapping.objective()), GCM.ThemeMapping, label);
        r.addProperty(GCM.mappedTheme, theme).addProperty(GCM.mappedObjective, objective);
        w.addText(r, GCM.evidence, mapping.themeQuote());
        w.addText(r, GCM.evidence, mapping.objectiveQuote());
        w.addText(
                r,
                DCTerms.description,
                "Curated by hand in " + mapping.crosswalk() + " (line "
                        + mapping.crosswalkLine()
                        + "): both texts commit to the same thing, as the words they share show. "
                        + document.publisherAbbreviation() + ", theme " + mapping.theme() + ": “" + mapping.themeQuote()
                        + "”. GCM objective " + mapping.objective() + ": “" + mapping.objectiveQuote()
                        + "”. The first quote"
                        + " is checked against the theme's text when the graph is built; the second is from the objective's"
                        + " title, actions or concrete examples.");
        w.passage(r, mapping.themeQuoteSpan());
        theme.addProperty(GCM.correspondsTo, objective);
    }
}

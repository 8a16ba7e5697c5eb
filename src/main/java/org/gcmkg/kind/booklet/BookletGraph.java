package org.gcmkg.kind.booklet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.gcmkg.corpus.MappedText;
import org.gcmkg.corpus.Span;
import org.gcmkg.extract.booklet.Action;
import org.gcmkg.extract.booklet.Booklet;
import org.gcmkg.extract.booklet.Example;
import org.gcmkg.extract.booklet.Footnote;
import org.gcmkg.extract.booklet.Framework;
import org.gcmkg.extract.booklet.ObjectiveSection;
import org.gcmkg.extract.booklet.SdgGoal;
import org.gcmkg.extract.booklet.SdgTarget;
import org.gcmkg.extract.booklet.TextSection;
import org.gcmkg.extract.booklet.Website;
import org.gcmkg.graph.DocumentGraph;
import org.gcmkg.graph.GCM;
import org.gcmkg.graph.InstrumentWriter;
import org.gcmkg.graph.ResourceWriter;
import org.gcmkg.graph.SDGO;
import org.gcmkg.graph.SectionWriter;
import org.gcmkg.graph.UnDocumentWriter;
import org.gcmkg.graph.Uris;
import org.gcmkg.link.EntityKind;
import org.gcmkg.link.EntityMention;
import org.gcmkg.link.InstrumentIds;
import org.gcmkg.link.InstrumentRegistry;

/** The booklet's records as RDF. */
public final class BookletGraph extends DocumentGraph<Booklet> {
    /** The number of Sustainable Development Goals: "All SDGs" means goals 1 to 17. */
    static final int SDG_GOALS = 17;

    private final SdgLabels sdgLabels = new SdgLabels();

    @Override
    protected void write() {
        document.sections().forEach(this::section);
        document.frameworks().forEach(this::instrument);
        document.footnotes().forEach(this::citation);
        document.objectives().forEach(this::objective);
        sdgLabels.write(w);
        int k = 1;
        for (Website site : document.websites()) {
            Resource r = w.derived(BookletUris.website(k++), GCM.Website, site.title());
            w.addUrl(r, site.url());
            w.passage(r, site.span());
            // A page of the UN's document system shows the document its address gives the symbol of.
            new UnDocumentWriter(w).givenIn(site.span()).forEach(d -> r.addProperty(GCM.unDocument, d));
        }
    }

    private void section(TextSection section) {
        cite(new SectionWriter(w).section(section.title(), section.text(), section.span()), section.footnotes());
    }

    private void instrument(Framework framework) {
        InstrumentRegistry.Entry entry = links.instruments()
                .resolve(framework.title())
                .flatMap(links.instruments()::entry)
                .orElseThrow();
        Resource r = new InstrumentWriter(w, links.instruments()).instrument(entry, framework.span());
        if (framework.year() != null) {
            r.addLiteral(GCM.year, w.integer(framework.year()));
        }
        w.addText(r, DCTerms.description, framework.description());
        if (framework.group() != null) {
            r.addProperty(GCM.listedIn, model.getResource(Uris.section(stem, framework.group())));
        }
        InstrumentIds.standard().of(entry.title()).ifPresent(ids -> {
            if (ids.treatyId() != null) {
                r.addProperty(GCM.treatyId, ids.treatyId());
            }
            if (ids.wikidata() != null) {
                r.addProperty(SKOS.exactMatch, model.createResource(InstrumentIds.WIKIDATA + ids.wikidata()));
            }
        });
        InstrumentIds.iloCode(entry.names()).ifPresent(code -> r.addProperty(GCM.iloCode, code));
    }

    private void citation(Footnote footnote) {
        Resource r = w.derived(
                BookletUris.citation(stem, footnote.number()),
                GCM.Citation,
                "Footnote " + footnote.number() + " of the GCM implementation booklet");
        r.addLiteral(GCM.number, w.integer(footnote.number()));
        w.addText(r, GCM.text, footnote.text());
        for (String url : footnote.urls()) {
            w.addUrl(r, url);
        }
        w.passage(r, footnote.span());
    }

    private void objective(ObjectiveSection section) {
        int n = section.number();
        Resource objective =
                w.derived(BookletUris.objective(n), GCM.Objective, "Objective " + n + ": " + section.title());
        objective.addLiteral(GCM.number, w.integer(n));
        w.addText(objective, DCTerms.title, section.title());
        w.passage(objective, section.span());

        for (Action action : section.actions()) {
            Resource r = item(
                    BookletUris.action(n, action.letter()),
                    GCM.Action,
                    "Objective " + n + " action (" + action.letter() + ")",
                    objective,
                    action.lead(),
                    action.text());
            r.addProperty(GCM.letter, action.letter());
            describe(r, action.lead(), action.text(), action.footnotes());
            w.passage(r, action.span());
            mentions(objective, r, action.text());
        }
        for (Example example : section.examples()) {
            Resource r = item(
                    BookletUris.example(n, example.number()),
                    GCM.Example,
                    "Objective " + n + " example " + example.number(),
                    objective,
                    example.lead(),
                    example.text());
            r.addLiteral(GCM.number, w.integer(example.number()));
            describe(r, example.lead(), example.text(), example.footnotes());
            for (Span span : example.spans()) {
                w.passage(r, span);
            }
            mentions(objective, r, example.text());
        }
        sdgs(objective, section);
    }

    /** An action or example of {@code objective}, labelled {@code name} and its lead, or else its text, shortened. */
    private Resource item(String uri, Resource type, String name, Resource objective, String lead, MappedText text) {
        Resource r = w.derived(uri, type, name + ": " + ResourceWriter.shorten(lead != null ? lead : text.text(), 160));
        r.addProperty(GCM.objective, objective);
        return r;
    }

    private void describe(Resource item, String lead, MappedText text, List<Integer> footnotes) {
        w.addText(item, GCM.lead, lead);
        w.addText(item, DCTerms.description, text.text());
        cite(item, footnotes);
    }

    private void sdgs(Resource objective, ObjectiveSection section) {
        if (section.allSdgs() != null) {
            for (int goal = 1; goal <= SDG_GOALS; goal++) {
                objective.addProperty(GCM.sdgGoal, sdgLabels.goal(model, goal));
                sdgLabels.refer(Uris.sdgGoal(goal), section.allSdgs());
            }
        }
        w.addText(objective, GCM.sdgNote, section.sdgNote());
        for (SdgGoal goal : section.goals()) {
            Resource g = sdgLabels.goal(model, goal.number());
            sdgLabels.quoteGoal(goal.number(), goal.title(), goal.span());
            objective.addProperty(GCM.sdgGoal, g);
            for (SdgTarget target : goal.targets()) {
                Resource t = sdgLabels.target(model, target.code(), g);
                sdgLabels.quoteTarget(target.code(), target.text(), target.span());
                objective.addProperty(GCM.sdgTarget, t);
            }
        }
    }

    private void mentions(Resource objective, Resource item, MappedText text) {
        for (EntityMention m : mentions.link(item, text)) {
            if (m.kind() == EntityKind.INSTRUMENT) {
                objective.addProperty(GCM.underpinnedBy, mentions.entity(m));
            }
        }
    }

    private void cite(Resource r, List<Integer> footnotes) {
        for (int number : footnotes) {
            r.addProperty(GCM.cites, model.getResource(BookletUris.citation(stem, number)));
        }
    }

    /**
     * Labels of the UN's goals and targets from the booklet's quotes. A goal or target quoted in several objectives
     * with different wording is labelled with its most frequent wording (the first, on a tie).
     */
    private static final class SdgLabels {
        private final Map<String, Map<String, Integer>> quotes = new LinkedHashMap<>();
        private final Map<String, List<Span>> spans = new LinkedHashMap<>();

        Resource goal(Model model, int goal) {
            Resource g = model.createResource(Uris.sdgGoal(goal));
            if (!model.contains(g, RDF.type)) {
                g.addProperty(RDF.type, SDGO.Goal)
                        .addProperty(RDF.type, SKOS.Concept)
                        .addProperty(SKOS.notation, String.valueOf(goal));
                quotes.putIfAbsent(g.getURI(), new LinkedHashMap<>());
            }
            return g;
        }

        Resource target(Model model, String code, Resource goal) {
            Resource t = model.createResource(Uris.sdgTarget(code));
            if (!model.contains(t, RDF.type)) {
                t.addProperty(RDF.type, SDGO.Target)
                        .addProperty(RDF.type, SKOS.Concept)
                        .addProperty(SKOS.notation, code)
                        .addProperty(SKOS.broader, goal);
            }
            return t;
        }

        void quoteGoal(int goal, String text, Span span) {
            quote(Uris.sdgGoal(goal), text, span);
        }

        void quoteTarget(String code, String text, Span span) {
            quote(Uris.sdgTarget(code), text, span);
        }

        private void quote(String uri, String text, Span span) {
            quotes.computeIfAbsent(uri, k -> new LinkedHashMap<>()).merge(text, 1, Integer::sum);
            refer(uri, span);
        }

        /** Where the booklet refers to a goal or target without quoting its name ("All SDGs"). */
        void refer(String uri, Span span) {
            spans.computeIfAbsent(uri, k -> new ArrayList<>()).add(span);
        }

        void write(ResourceWriter w) {
            Model model = w.model();
            for (Map.Entry<String, Map<String, Integer>> e : quotes.entrySet()) {
                Resource r = model.getResource(e.getKey());
                String label = e.getValue().entrySet().stream()
                        .reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
                        .map(Map.Entry::getKey)
                        .orElse(null);
                if (label == null) {
                    // A goal only "All SDGs" refers to: the booklet quotes no name for it.
                    label = "Sustainable Development Goal "
                            + r.getProperty(SKOS.notation).getString();
                }
                r.addProperty(RDFS.label, w.text(label));
                w.derivedFromDocument(r);
                for (Span span : spans.get(e.getKey())) {
                    w.passage(r, span);
                }
            }
        }
    }
}

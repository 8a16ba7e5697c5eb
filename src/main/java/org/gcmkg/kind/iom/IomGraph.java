package org.gcmkg.kind.iom;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.gcmkg.corpus.CorpusException;
import org.gcmkg.corpus.Span;
import org.gcmkg.extract.iom.Chapter;
import org.gcmkg.extract.iom.DialogueReport;
import org.gcmkg.extract.iom.Person;
import org.gcmkg.extract.iom.Recommendation;
import org.gcmkg.extract.iom.Speaker;
import org.gcmkg.extract.iom.Statement;
import org.gcmkg.extract.iom.Workshop;
import org.gcmkg.graph.CountryWriter;
import org.gcmkg.graph.DocumentGraph;
import org.gcmkg.graph.GCM;
import org.gcmkg.graph.ResourceWriter;
import org.gcmkg.reference.Countries;
import org.gcmkg.reference.Country;

/** A report of the International Dialogue on Migration as RDF: its workshops, chapters, speakers, statements and recommendations. */
public final class IomGraph extends DocumentGraph<DialogueReport> {
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    @Override
    protected void write() {
        document.workshops().forEach(this::workshop);
        for (Chapter chapter : document.chapters()) {
            Resource r = w.derived(IomUris.chapter(stem, chapter.number()), GCM.Chapter, chapter.title());
            w.addText(r, DCTerms.title, chapter.title());
            r.addLiteral(GCM.number, w.integer(chapter.number()));
            r.addProperty(DCTerms.isPartOf, w.document());
            chapter.spans().forEach(span -> w.passage(r, span));
        }
        document.persons().forEach(this::person);
        for (Statement statement : document.statements()) {
            Speaker speaker = statement.speaker();
            Resource r = w.derived(
                    IomUris.statement(stem, statement.number()),
                    GCM.Statement,
                    "Statement of " + speaker.name() + ", page " + statement.page());
            r.addLiteral(GCM.number, w.integer(statement.number()));
            r.addProperty(GCM.speaker, model.getResource(IomUris.person(speaker.name())));
            w.addText(r, GCM.text, statement.text());
            if (statement.chapter() != null) {
                r.addProperty(GCM.chapter, model.getResource(IomUris.chapter(stem, statement.chapter())));
            }
            if (statement.workshop() != null) {
                r.addProperty(GCM.workshop, model.getResource(IomUris.workshop(stem, statement.workshop())));
            }
            statement.spans().forEach(span -> w.passage(r, span));
            mentions.link(r, statement.words());
        }
        for (Recommendation recommendation : document.recommendations()) {
            Resource r = w.derived(
                    IomUris.recommendation(stem, recommendation.number()),
                    GCM.Recommendation,
                    "Recommendation " + recommendation.number() + ": "
                            + ResourceWriter.shorten(recommendation.text(), 160));
            r.addLiteral(GCM.number, w.integer(recommendation.number()));
            w.addText(r, GCM.text, recommendation.text());
            if (recommendation.chapter() != null) {
                r.addProperty(GCM.chapter, model.getResource(IomUris.chapter(stem, recommendation.chapter())));
            }
            recommendation.spans().forEach(span -> w.passage(r, span));
            mentions.link(r, recommendation.words());
        }
    }

    private void workshop(Workshop workshop) {
        String days =
                workshop.startDate().getDayOfMonth() + "–" + workshop.endDate().format(DAY_MONTH_YEAR);
        Resource r = w.derived(
                IomUris.workshop(stem, workshop.number()),
                GCM.Workshop,
                "IDM workshop " + workshop.number() + ", " + workshop.place() + ", " + days);
        r.addLiteral(GCM.number, w.integer(workshop.number()));
        w.addText(r, GCM.place, workshop.place());
        r.addLiteral(GCM.startDate, date(w.model(), workshop.startDate()));
        r.addLiteral(GCM.endDate, date(w.model(), workshop.endDate()));
        workshop.spans().forEach(span -> w.passage(r, span));
    }

    private void person(Person person) {
        Resource r = w.derived(IomUris.person(person.name()), GCM.Person, person.name());
        person.roles().forEach(role -> w.addText(r, GCM.role, role));
        person.organisations().forEach(organisation -> w.addText(r, GCM.organisationName, organisation));
        person.countries().forEach(country -> w.addText(r, GCM.countryName, country));
        person.countries().forEach(country -> r.addProperty(GCM.country, spokenFor(person, country)));
        person.workshops().forEach(k -> r.addProperty(GCM.workshop, w.model().getResource(IomUris.workshop(stem, k))));
        for (Speaker appearance : person.appearances()) {
            for (Span span : appearance.spans()) {
                w.passage(r, span);
            }
        }
    }

    /**
     * The country a speaker spoke for, by its name as the report writes it; a name that names no country fails the
     * build rather than losing the link.
     */
    private Resource spokenFor(Person person, String name) {
        List<Span> spans = person.appearances().stream()
                .filter(a -> name.equals(a.country()))
                .findFirst()
                .orElseThrow()
                .spans();
        Span named = spans.get(spans.size() - 1);
        Country country = Countries.standard()
                .resolve(name)
                .orElseThrow(() -> CorpusException.at(
                        named.fileName(),
                        named.endLine(),
                        "expected the name of a country for " + person.name() + ", found '" + name + "'"));
        return new CountryWriter(w).country(country.iso3(), named);
    }

    private static Literal date(Model model, LocalDate date) {
        return model.createTypedLiteral(date.toString(), XSDDatatype.XSDdate);
    }
}

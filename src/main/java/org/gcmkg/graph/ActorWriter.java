package org.gcmkg.graph;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.gcmkg.corpus.Span;
import org.gcmkg.link.Actor;

/**
 * Actors as RDF: a {@code gcm:Actor} with its canonical name as label and its other names as alternative labels,
 * typed with the W3C Organization Ontology and FOAF where it is an organisation, linked to its country where it is a
 * national body or city, and {@code org:subOrganizationOf} its organisation where it is an organ. Every document's
 * graph that names an actor describes it alike from the same registry entry (only the passage where the document
 * first names it differs), so that each graph is complete on its own and their union keeps one label.
 */
public final class ActorWriter {
    private final ResourceWriter w;

    public ActorWriter(ResourceWriter w) {
        this.w = w;
    }

    /** The actor, described in this writer's graph on first use, with the passage where the document first names it. */
    public Resource actor(Actor actor, Span firstNamed) {
        Model model = w.model();
        Resource r = model.getResource(Uris.actor(actor.id()));
        if (model.contains(r, RDF.type, GCM.Actor)) {
            return r;
        }
        w.derived(r.getURI(), GCM.Actor, actor.name());
        if (actor.type().isOrganization()) {
            r.addProperty(RDF.type, ORG.Organization).addProperty(RDF.type, FOAF.Organization);
        }
        if (actor.type().isFormal()) {
            r.addProperty(RDF.type, ORG.FormalOrganization);
        }
        for (String name : actor.otherNames()) {
            w.addText(r, SKOS.altLabel, name);
        }
        if (actor.country() != null) {
            r.addProperty(GCM.country, new CountryWriter(w).country(actor.country(), firstNamed));
        }
        if (actor.parent() != null) {
            r.addProperty(ORG.subOrganizationOf, actor(actor.parent(), firstNamed));
        }
        w.passage(r, firstNamed);
        return r;
    }
}

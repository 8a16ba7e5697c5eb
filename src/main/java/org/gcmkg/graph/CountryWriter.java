package org.gcmkg.graph;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.gcmkg.corpus.Span;
import org.gcmkg.reference.Countries;
import org.gcmkg.reference.Country;

/**
 * Countries as RDF: a {@code gcm:Country} with its ISO 3166-1 alpha-3 and UN M49 codes, its CLDR English name as
 * label and its other names as alternative labels, the same as the UN SDG geographic area of its M49 code, and the
 * reference data they come from. Every document's graph that names a country describes it alike (only where it was
 * named differs), so that each graph is complete on its own and their union keeps one label.
 */
public final class CountryWriter {
    /** The UN SDG geographic areas, by M49 code: {@code http://metadata.un.org/sdg/codes/geoArea/004}. */
    static final String GEO_AREA = Uris.UN_SDG + "codes/geoArea/";

    private final ResourceWriter w;
    private final Countries countries = Countries.standard();

    public CountryWriter(ResourceWriter w) {
        this.w = w;
    }

    /**
     * The country with code {@code iso3}, described in this writer's graph on first use, with {@code firstNamed}, the
     * words of the document that name it, as its passage; later uses add nothing.
     */
    public Resource country(String iso3, Span firstNamed) {
        Country country = countries
                .byIso3(iso3)
                .orElseThrow(() -> new IllegalArgumentException("no country has the ISO 3166-1 alpha-3 code " + iso3));
        Model model = w.model();
        Resource r = model.getResource(Uris.country(iso3));
        if (model.contains(r, RDF.type, GCM.Country)) {
            return r;
        }
        w.derived(r.getURI(), GCM.Country, country.name());
        r.addProperty(GCM.iso3, country.iso3())
                .addProperty(GCM.m49, country.m49())
                .addProperty(SKOS.exactMatch, model.createResource(GEO_AREA + country.m49()))
                .addProperty(DCTerms.source, countries.source());
        for (String name : country.otherNames()) {
            w.addText(r, SKOS.altLabel, name);
        }
        w.passage(r, firstNamed);
        return r;
    }
}

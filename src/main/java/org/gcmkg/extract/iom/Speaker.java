package org.gcmkg.extract.iom;

import java.util.List;
import org.gcmkg.corpus.Span;

/**
 * One appearance of a speaker written "Name (Title, Organisation, Country)": the name as written without honorifics
 * (a hyphen a line break left before a space closed up: "Gebre- Christos" is "Gebre-Christos"), the honorifics that
 * preceded it ("H.E. Mr") or null, what the parenthesis says, the page the name is on, and the spans of the name and
 * parenthesis (two when a page break falls inside them).
 */
public record Speaker(String name, String honorific, Affiliation affiliation, int page, List<Span> spans) {

    public String role() {
        return affiliation.role();
    }

    public String organisation() {
        return affiliation.organisation();
    }

    public String country() {
        return affiliation.country();
    }
}

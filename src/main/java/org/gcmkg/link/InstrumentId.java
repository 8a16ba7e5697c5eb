package org.gcmkg.link;

/**
 * An instrument's identifiers outside the graph: its id in the UN Treaty Collection ("IV-11") and its Wikidata item
 * ("Q7813"), each null where it has none or none was checked.
 */
public record InstrumentId(String title, String treatyId, String wikidata) {}

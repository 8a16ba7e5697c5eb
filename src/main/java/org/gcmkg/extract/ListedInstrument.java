package org.gcmkg.extract;

import java.util.List;

/** An instrument a document lists by name (a framework list, an annex), to be registered before any text is linked. */
public record ListedInstrument(String title, List<String> otherNames) {}

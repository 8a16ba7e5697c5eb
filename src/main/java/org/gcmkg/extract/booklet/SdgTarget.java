package org.gcmkg.extract.booklet;

import org.gcmkg.corpus.Span;

/** An SDG target quoted in the booklet: its code ("10.7", "4.b") and the text quoted. */
public record SdgTarget(String code, String text, Span span) {}

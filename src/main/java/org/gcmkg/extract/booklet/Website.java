package org.gcmkg.extract.booklet;

import org.gcmkg.corpus.Span;

/** An entry of the booklet's list of useful websites. */
public record Website(String title, String url, Span span) {}

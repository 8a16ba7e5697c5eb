package org.gcmkg.extract.quno;

import org.gcmkg.corpus.Span;

/** A part of the sheet's introduction kept as text: a heading and the paragraphs under it. */
public record SheetSection(String title, String text, Span span) {}

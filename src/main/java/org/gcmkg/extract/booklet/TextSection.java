package org.gcmkg.extract.booklet;

import java.util.List;
import org.gcmkg.corpus.Span;

/** A part of the booklet kept as text (its purpose, the guiding principles, the 360-degree vision, ...). */
public record TextSection(String title, String text, List<Integer> footnotes, Span span) {}

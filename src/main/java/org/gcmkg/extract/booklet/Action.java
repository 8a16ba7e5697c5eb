package org.gcmkg.extract.booklet;

import java.util.List;
import org.gcmkg.corpus.MappedText;
import org.gcmkg.corpus.Span;

/** A lettered action of an objective: its bold lead, its full text (mapped to the file) and its footnotes. */
public record Action(String letter, String lead, MappedText text, List<Integer> footnotes, Span span) {}

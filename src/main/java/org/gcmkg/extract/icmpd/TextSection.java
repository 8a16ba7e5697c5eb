package org.gcmkg.extract.icmpd;

import java.util.List;
import org.gcmkg.corpus.MappedText;
import org.gcmkg.corpus.Span;

/**
 * A part of the input kept as text: an introduction, the means of implementation, the follow-up and review, the annex.
 * {@code paragraphs} are its running text mapped to the file, for linking what it names (none for the annex, which
 * lists the frameworks the instrument registry is built from).
 */
public record TextSection(String title, String text, List<MappedText> paragraphs, Span span) {}

package org.gcmkg.extract.icmpd;

import org.gcmkg.corpus.Span;

/** A part of the input kept as text: an introduction, the means of implementation, the follow-up and review, the annex. */
public record TextSection(String title, String text, Span span) {
}

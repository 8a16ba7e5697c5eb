package org.gcmkg.extract.booklet;

import java.util.List;
import org.gcmkg.corpus.Span;

/** A footnote: its number, its text without markup, and the URLs in it. */
public record Footnote(int number, String text, List<String> urls, Span span) {}

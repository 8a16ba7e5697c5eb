package org.gcmkg.extract.booklet;

import java.util.List;
import org.gcmkg.corpus.MappedText;
import org.gcmkg.corpus.Span;

/**
 * A concrete example of implementation: a top-level bullet with its sub-bullets folded in and any part a page break
 * cut off joined back. {@code spans} are the stretches of the file it was read from, in order.
 */
public record Example(int number, String lead, MappedText text, List<Integer> footnotes, List<Span> spans) {}

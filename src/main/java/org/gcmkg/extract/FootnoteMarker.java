package org.gcmkg.extract;

/** A footnote reference written as superscript digits in the text, and where in the file it stands. */
public record FootnoteMarker(int number, int sourceOffset) {}

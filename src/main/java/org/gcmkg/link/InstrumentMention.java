package org.gcmkg.link;

/** Words in a text that name an instrument, and where they stand in the source file. */
public record InstrumentMention(String instrumentKey, String matchedText, int startOffset, int endOffset) {
}

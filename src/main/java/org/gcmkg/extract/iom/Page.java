package org.gcmkg.extract.iom;

import org.gcmkg.corpus.Line;
import org.gcmkg.corpus.MappedText;

/**
 * One page of the PDF as the transcription gives it: one line starting with the page's number. {@code body} is the
 * page's text without that number and without the printed page number ({@code folio}, e.g. "13" or "iii") the line
 * ends with; it is empty on a blank page.
 */
public record Page(int number, Line line, MappedText body, String folio) {

    public boolean isBlank() {
        return body.isEmpty();
    }
}

package org.gcmkg.extract.iom;

import java.util.List;
import org.gcmkg.corpus.Span;

/**
 * A chapter of the report: its number in the table of contents, its title as the table of contents writes it, and
 * its pages (in the PDF's numbering) from the one its heading opens to the one before the next chapter; one span per
 * page that is not blank.
 */
public record Chapter(int number, String title, int firstPage, int lastPage, List<Span> spans) {

    public boolean contains(int page) {
        return firstPage <= page && page <= lastPage;
    }
}

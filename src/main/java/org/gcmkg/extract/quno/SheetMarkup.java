package org.gcmkg.extract.quno;

import java.util.regex.Pattern;
import org.gcmkg.corpus.MappedText;
import org.gcmkg.extract.InlineMarkup;

/** The sheet's inline markup: that of every converted document, and the HTML underline its conversion kept. */
final class SheetMarkup {
    private static final Pattern UNDERLINE = Pattern.compile("</?u>");

    private SheetMarkup() {}

    static MappedText plain(MappedText text) {
        return InlineMarkup.plain(text.replaceAll(UNDERLINE, -1));
    }
}

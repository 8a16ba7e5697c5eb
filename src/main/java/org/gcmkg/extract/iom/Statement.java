package org.gcmkg.extract.iom;

import java.util.List;
import org.gcmkg.corpus.MappedText;
import org.gcmkg.corpus.Span;

/**
 * What the report attributes to one appearance of a speaker: the sentence the speaker's name is in, and the next
 * sentence too when it opens with "He", "She", "They" or "The speaker" and so goes on reporting them. {@code chapter}
 * is the number of the chapter the name is in, null outside the chapters; {@code workshop} is the number of the
 * workshop the text places it in ("At the first workshop, ...", "the Geneva workshop"), null when it does not say.
 */
public record Statement(
        int number, Speaker speaker, MappedText words, Integer chapter, Integer workshop, List<Span> spans) {

    /** The statement's text; {@link #words()} maps it to the file, for linking what it names. */
    public String text() {
        return words.text();
    }

    public int page() {
        return spans.get(0).page();
    }
}

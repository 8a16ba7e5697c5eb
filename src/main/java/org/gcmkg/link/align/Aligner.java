package org.gcmkg.link.align;

import java.util.List;

/** A method that finds the objectives a text speaks to, each with the words that show it. */
public interface Aligner {
    /** The alignments of {@code text}, in the order of their words in the text; none when it speaks to no objective. */
    List<Alignment> align(String text);

    /** The method's name, as the graph records it. */
    String method();
}

package org.gcmkg.link.align;

/**
 * Evidence that a text addresses an objective: the words of the text (from {@code start}, inclusive, to {@code end},
 * exclusive, as indices into the text), the part of the objective they correspond to ({@code "title"} or an action's
 * letter) and that part's words, the score of the link they support, and the method that found them.
 */
public record Alignment(
        int objective,
        int start,
        int end,
        String words,
        String part,
        String objectiveWords,
        double score,
        String method) {

    /** The same words, as evidence of a link with {@code score}, found by {@code method}. */
    public Alignment scored(double score, String method) {
        return new Alignment(objective, start, end, words, part, objectiveWords, score, method);
    }
}

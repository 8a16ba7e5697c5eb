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
        String method) {}

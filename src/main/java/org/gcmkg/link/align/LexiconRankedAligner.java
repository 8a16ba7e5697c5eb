package org.gcmkg.link.align;

import java.util.List;

/**
 * The lexicon's links, kept only where BM25 ranks the objective among the {@code top} objectives whose titles and
 * actions are nearest the whole text: the lexicon finds the theme, the ranking checks that the text as a whole is
 * near the objective.
 */
public record LexiconRankedAligner(LexiconAligner lexicon, Bm25Aligner ranking, int top) implements Aligner {
    public static final String METHOD = "lexicon+bm25";

    @Override
    public String method() {
        return METHOD;
    }

    @Override
    public List<Alignment> align(String text) {
        List<Integer> ranked = ranking.ranking(text);
        List<Integer> near = ranked.subList(0, Math.min(top, ranked.size()));
        return lexicon.align(text).stream()
                .filter(a -> near.contains(a.objective()))
                .map(a -> a.scored(a.score(), METHOD))
                .toList();
    }
}

package org.gcmkg.extract.iom;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gcmkg.corpus.MappedText;
import org.gcmkg.corpus.Span;

/**
 * The recommendations of the report. Its chapter "Recommendations" opens on the transcription's last page and the
 * transcription stops before its list, so the recommendations are read where the report says someone recommends:
 * every sentence with one of the verbs recommend, urge, call for, suggest, propose or advocate ("Maria Pia Belloni
 * Mignatti (NGO Committee on Migration) recommended: IOM should ...", "They urged that ...", "Some NGO
 * representatives called for ..."), except where the verb is a participle of a thing recommended, followed by "in",
 * "by", "was" or "were" ("the actions recommended in the Sutherland Report", "the effective practices that they
 * recommended were already being implemented"); and every sentence that gives someone's recommendations, proposals
 * or suggestions ("shared his recommendations, including that ...", "Their proposals included the following: ...").
 * A sentence is one recommendation however many of these it has. Who recommends is not read: the subject may be a
 * speaker, "Many States", "They" or "The Constitution" of a country a speaker describes.
 */
final class RecommendationFinder {
    private static final Pattern RECOMMENDS = Pattern.compile("\\b(?:recommend(?:s|ed|ing)?|urg(?:e|es|ed|ing)"
            + "|call(?:s|ed|ing)? for|suggest(?:s|ed|ing)?|propos(?:e|es|ed|ing)|advocat(?:e|es|ed|ing))\\b"
            + "(?! (?:in|by|was|were)\\b)"
            + "|\\b(?:recommendations|proposals|suggestions),? includ(?:ed|ing)\\b");

    /** What {@link #RECOMMENDS} cannot match without: most sentences hold none, and need no search. */
    private static final List<String> STEMS = List.of("recommend", "urg", "call", "suggest", "propos", "advocat");

    private RecommendationFinder() {}

    static List<Recommendation> find(ReportText report, List<Chapter> chapters) {
        List<Recommendation> recommendations = new ArrayList<>();
        for (MappedText sentence : report.sentences()) {
            String text = sentence.text();
            if (STEMS.stream().anyMatch(text::contains)
                    && RECOMMENDS.matcher(text).find()) {
                List<Span> spans = report.spans(sentence);
                recommendations.add(new Recommendation(
                        recommendations.size() + 1,
                        sentence,
                        StatementReader.chapterOf(chapters, spans.get(0).page()),
                        spans));
            }
        }
        return List.copyOf(recommendations);
    }
}

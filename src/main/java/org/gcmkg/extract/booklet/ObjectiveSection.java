package org.gcmkg.extract.booklet;

import java.util.List;
import org.gcmkg.corpus.Span;

/**
 * One objective's section of the booklet. {@code allSdgs} is the line where the booklet says "All SDGs" instead of
 * listing targets, or null; {@code sdgNote} is the prose of its SDG section, if any.
 */
public record ObjectiveSection(
        int number,
        String title,
        Span span,
        List<Action> actions,
        List<Example> examples,
        List<SdgGoal> goals,
        Span allSdgs,
        String sdgNote) {}

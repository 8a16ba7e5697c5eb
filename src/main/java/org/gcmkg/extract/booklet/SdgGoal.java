package org.gcmkg.extract.booklet;

import java.util.List;
import org.gcmkg.corpus.Span;

/** An SDG heading of an objective ("SDG 10: Reduced inequalities") with the targets listed under it. */
public record SdgGoal(int number, String title, Span span, List<SdgTarget> targets) {}

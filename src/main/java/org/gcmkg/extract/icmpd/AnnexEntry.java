package org.gcmkg.extract.icmpd;

import java.util.List;
import org.gcmkg.corpus.Span;

/**
 * What the annex lists for one theme: the frameworks it names, and the other items of its list that name no framework
 * but fora and bodies ("Regional bodies such as ASEAN, ..."), kept as written.
 */
public record AnnexEntry(int theme, List<AnnexFramework> frameworks, List<String> otherItems, Span span) {}

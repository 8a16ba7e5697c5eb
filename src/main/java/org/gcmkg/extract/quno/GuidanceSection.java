package org.gcmkg.extract.quno;

import java.util.List;
import org.gcmkg.corpus.Span;

/**
 * What the sheet found from one kind of body: the rows of its tables, and the sentences it writes instead of or
 * besides them ("There is currently no explicit guidance from the Treaty Bodies on this objective"), or null when
 * there are none. The span runs from the heading to the last line of the section.
 */
public record GuidanceSection(GuidanceSource source, List<Guidance> guidance, String note, Span span) {}

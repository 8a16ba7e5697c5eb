package org.gcmkg.kind.quno;

import org.gcmkg.extract.quno.QunoExtractor;
import org.gcmkg.extract.quno.QunoSheet;
import org.gcmkg.kind.ExtractorKind;

/** QUNO's "Foundations for Implementation" sheets, as a kind of document. */
public final class QunoKind extends ExtractorKind<QunoSheet> {
    public QunoKind() {
        super(new QunoExtractor(), QunoGraph::new, "QUNO");
    }
}

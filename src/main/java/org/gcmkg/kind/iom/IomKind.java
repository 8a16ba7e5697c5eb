package org.gcmkg.kind.iom;

import org.gcmkg.extract.iom.DialogueReport;
import org.gcmkg.extract.iom.IomExtractor;
import org.gcmkg.kind.ExtractorKind;

/** The reports of IOM's International Dialogue on Migration, as a kind of document. */
public final class IomKind extends ExtractorKind<DialogueReport> {
    public IomKind() {
        super(new IomExtractor(), IomGraph::new, "IOM");
    }
}

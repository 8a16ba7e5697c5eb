package org.gcmkg.kind.icmpd;

import org.gcmkg.extract.icmpd.IcmpdExtractor;
import org.gcmkg.extract.icmpd.IcmpdInput;
import org.gcmkg.kind.ExtractorKind;

/** The kind of IcmpdExtractor's documents. */
public final class IcmpdKind extends ExtractorKind<IcmpdInput> {
    public IcmpdKind() {
        super(new IcmpdExtractor(), IcmpdGraph::new, "ICMPD");
    }
}

package org.gcmkg.kind.icmpd;

import org.gcmkg.extract.icmpd.IcmpdExtractor;
import org.gcmkg.extract.icmpd.IcmpdInput;
import org.gcmkg.kind.ExtractorKind;

/** A stakeholder's input to the UN Secretary-General's report on the GCM (ICMPD's), as a kind of document. */
public final class IcmpdKind extends ExtractorKind<IcmpdInput> {
    public IcmpdKind() {
        super(new IcmpdExtractor(), IcmpdGraph::new, "ICMPD");
    }
}

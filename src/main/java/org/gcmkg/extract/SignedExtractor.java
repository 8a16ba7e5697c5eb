package org.gcmkg.extract;

import org.gcmkg.corpus.SourceText;

/** An extractor that recognises its kind by the lines of its {@link LineSignature}. */
public abstract class SignedExtractor<T extends ExtractedDocument> implements Extractor<T> {
    private final String kind;
    private final LineSignature signature;

    protected SignedExtractor(String kind, LineSignature signature) {
        this.kind = kind;
        this.signature = signature;
    }

    @Override
    public final String kind() {
        return kind;
    }

    @Override
    public boolean canRead(SourceText source) {
        return signature.foundIn(source);
    }
}

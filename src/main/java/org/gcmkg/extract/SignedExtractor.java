package org.gcmkg.extract;

import org.gcmkg.corpus.SourceText;

/**
 * An extractor that recognises its kind by the lines of its {@link LineSignature}, and reads a document only when it
 * holds every landmark of its kind's {@link Outline}.
 */
public abstract class SignedExtractor<T extends ExtractedDocument> implements Extractor<T> {
    private final String kind;
    private final LineSignature signature;
    private final Outline outline;

    protected SignedExtractor(String kind, LineSignature signature, Outline outline) {
        this.kind = kind;
        this.signature = signature;
        this.outline = outline;
    }

    @Override
    public final String kind() {
        return kind;
    }

    @Override
    public boolean canRead(SourceText source) {
        return signature.foundIn(source);
    }

    @Override
    public final T extract(SourceText source) {
        return outline.whole(source, () -> extractPart(source));
    }

    @Override
    public abstract T extractPart(SourceText source);
}

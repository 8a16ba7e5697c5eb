package org.gcmkg.kind.memo;

import org.gcmkg.corpus.SourceText;
import org.gcmkg.corpus.Span;
import org.gcmkg.extract.ExtractedDocument;

/** An office memo: who sent it, its subject, and its body under the header. */
public record Memo(SourceText source, String publisher, String title, String body, Span bodySpan)
        implements ExtractedDocument {}

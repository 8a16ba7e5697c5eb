package org.gcmkg.graph;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.gcmkg.extract.ExtractedDocument;
import org.gcmkg.link.Links;

/**
 * The graph writers the loader knows, one per kind of extracted document; whatever the kind, the UN documents its
 * file cites are described as well.
 */
public final class DocumentGraphs {
    private final List<DocumentGraph<?>> writers;

    public DocumentGraphs(List<DocumentGraph<?>> writers) {
        this.writers = List.copyOf(writers);
    }

    public static DocumentGraphs standard() {
        return new DocumentGraphs(List.of(new BookletGraph(), new QunoGraph(), new IcmpdGraph(), new IomGraph()));
    }

    public Model write(ExtractedDocument document, Links links) {
        for (DocumentGraph<?> writer : writers) {
            if (writer.recordType().isInstance(document)) {
                Model model = writeAs(writer, document, links);
                new UnDocumentWriter(ResourceWriter.into(model, document)).everyOne();
                return model;
            }
        }
        throw new IllegalStateException("no graph writer for " + document.getClass().getSimpleName());
    }

    private static <T extends ExtractedDocument> Model writeAs(DocumentGraph<T> writer, ExtractedDocument document, Links links) {
        return writer.write(writer.recordType().cast(document), links);
    }
}

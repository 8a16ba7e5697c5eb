package org.gcmkg.graph;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.gcmkg.extract.ExtractedDocument;

/** The {@code gcm:SourceDocument} every resource of a document is derived from. */
final class SourceDocuments {
    private SourceDocuments() {}

    static Resource write(Model model, ExtractedDocument document) {
        return model.createResource(Uris.source(document.source().stem()), GCM.SourceDocument)
                .addProperty(RDFS.label, model.createLiteral(document.title(), ResourceWriter.LANG))
                .addProperty(DCTerms.title, model.createLiteral(document.title(), ResourceWriter.LANG))
                .addProperty(DCTerms.publisher, document.publisher())
                .addProperty(GCM.fileName, document.source().fileName());
    }
}

package org.gcmkg.graph;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.gcmkg.corpus.MappedText;
import org.gcmkg.corpus.SourceText;
import org.gcmkg.corpus.Span;
import org.gcmkg.link.EntityMention;
import org.gcmkg.link.UnDocumentRecognizer;

/**
 * UN documents as RDF: a {@code gcm:UnDocument} by its symbol, labelled with it, with its page in the UN's Official
 * Document System. Every document's graph that gives the symbol describes it alike (only the passage where the
 * document first gives it differs). A symbol the graph keeps no text for (a list of abbreviations, the scraped list
 * after the IOM report) is described too, with the passage where the file gives it: every UN document the corpus
 * cites is a resource.
 */
public final class UnDocumentWriter {
    /** Where the UN's Official Document System resolves a document symbol. */
    static final String UNDOCS = "https://undocs.org/en/";

    private static final UnDocumentRecognizer SYMBOLS = new UnDocumentRecognizer();
    private final ResourceWriter w;

    public UnDocumentWriter(ResourceWriter w) {
        this.w = w;
    }

    /** The document of symbol {@code symbol}, described on first use, with the passage where it is first given. */
    public Resource unDocument(String symbol, Span firstGiven) {
        Model model = w.model();
        Resource r = model.getResource(Uris.unDocument(symbol));
        if (model.contains(r, RDF.type, GCM.UnDocument)) {
            return r;
        }
        w.derived(r.getURI(), GCM.UnDocument, symbol);
        r.addProperty(GCM.symbol, symbol).addProperty(RDFS.seeAlso, model.createResource(UNDOCS + symbol));
        w.passage(r, firstGiven);
        return r;
    }

    /**
     * The UN documents the lines {@code span} covers give symbols of, each described (on first use, with where its
     * symbol stands) and returned in order.
     */
    public List<Resource> givenIn(Span span) {
        return givenIn(span.startLine(), span.endLine());
    }

    /** Every UN document the file gives a symbol of, anywhere in it, each described with where it is first given. */
    public List<Resource> everyOne() {
        return givenIn(1, w.source().lines().size());
    }

    private List<Resource> givenIn(int fromLine, int toLine) {
        SourceText source = w.source();
        List<Resource> documents = new ArrayList<>();
        for (int n = fromLine; n <= toLine; n++) {
            if (source.line(n).text().indexOf('/') < 0) {
                continue; // no symbol without a slash
            }
            for (EntityMention m : SYMBOLS.find(MappedText.of(source.line(n)))) {
                documents.add(unDocument(m.id(), source.spanOfOffsets(m.startOffset(), m.endOffset())));
            }
        }
        return documents;
    }
}

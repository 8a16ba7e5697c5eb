package org.gcmkg.graph;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.gcmkg.corpus.SourceText;
import org.gcmkg.corpus.Span;
import org.gcmkg.extract.ExtractedDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes resources of one source document into its model, each with its type, label and provenance: the document
 * it was derived from and the passages of the file it was read from.
 */
public final class ResourceWriter {
    static final String LANG = "en";
    private static final Logger LOG = LoggerFactory.getLogger(ResourceWriter.class);
    private final Model model;
    private final Resource document;
    private final String documentStem;
    /** The document read, when the writer was made for one: its text and pages. */
    private final ExtractedDocument extracted;

    /** A writer for resources derived from {@code document}, of stem {@code documentStem}, with no text at hand. */
    public ResourceWriter(Model model, Resource document, String documentStem) {
        this(model, document, documentStem, null);
    }

    private ResourceWriter(Model model, Resource document, String documentStem, ExtractedDocument extracted) {
        this.model = model;
        this.document = document;
        this.documentStem = documentStem;
        this.extracted = extracted;
    }

    /** A writer into a new model for {@code document}, which it describes first as the source of all the rest. */
    public static ResourceWriter forDocument(ExtractedDocument document) {
        Model model = newModel();
        return into(model, SourceDocuments.write(model, document), document);
    }

    /**
     * A new model for a document's graph, with the graph's prefixes: over Jena's same-term in-memory graph (the
     * kind the union is), which is quicker to fill and to read again than {@link ModelFactory#createDefaultModel}'s
     * legacy one. The writers look up resources by IRI only, where the two answer alike.
     */
    public static Model newModel() {
        Model model = ModelFactory.createModelForGraph(GraphMemFactory.createDefaultGraph());
        Namespaces.setPrefixes(model);
        return model;
    }

    /** A writer into {@code model}, the graph already written for {@code document}, adding to it. */
    public static ResourceWriter into(Model model, ExtractedDocument document) {
        return into(model, model.getResource(Uris.source(document.source().stem())), document);
    }

    private static ResourceWriter into(Model model, Resource source, ExtractedDocument document) {
        return new ResourceWriter(model, source, document.source().stem(), document);
    }

    public Model model() {
        return model;
    }

    /** The {@code gcm:SourceDocument} this writer derives resources from. */
    public Resource document() {
        return document;
    }

    /** The text of the document, where the writer was made for one. */
    public SourceText source() {
        return extracted.source();
    }

    /** The file stem of the document, as used in its URIs. */
    public String stem() {
        return documentStem;
    }

    /** A resource of type {@code type} with an English label, derived from this writer's document. */
    public Resource derived(String uri, Resource type, String label) {
        Resource r = model.createResource(uri, type);
        r.addProperty(RDFS.label, text(label));
        r.addProperty(PROV.wasDerivedFrom, document);
        return r;
    }

    /** Says that {@code r}, minted elsewhere, is described here from this writer's document. */
    public void derivedFromDocument(Resource r) {
        r.addProperty(PROV.wasDerivedFrom, document);
    }

    /** Links {@code r} to the passage {@code span}, minting the passage on first use. */
    public Resource passage(Resource r, Span given) {
        Integer page = given.page() == null && extracted != null ? extracted.pageAt(given.startOffset()) : given.page();
        Span span = page == null ? given : given.onPage(page);
        String uri = Uris.passage(documentStem, span.startOffset(), span.endOffset());
        Resource p = model.getResource(uri);
        if (!model.contains(p, RDF.type, GCM.Passage)) {
            p.addProperty(RDF.type, GCM.Passage)
                    .addProperty(
                            RDFS.label,
                            text(span.fileName()
                                    + (span.startLine() == span.endLine()
                                            ? " line " + span.startLine()
                                            : " lines " + span.startLine() + "-" + span.endLine())))
                    .addProperty(GCM.sourceDocument, document)
                    .addProperty(PROV.wasDerivedFrom, document)
                    .addLiteral(GCM.startLine, integer(span.startLine()))
                    .addLiteral(GCM.endLine, integer(span.endLine()))
                    .addLiteral(GCM.startOffset, integer(span.startOffset()))
                    .addLiteral(GCM.endOffset, integer(span.endOffset()));
            if (span.page() != null) {
                p.addLiteral(GCM.page, integer(span.page()));
            }
        }
        r.addProperty(GCM.passage, p);
        return p;
    }

    /** Adds an English text value, unless it is null or empty. */
    public void addText(Resource r, Property p, String value) {
        if (value != null && !value.isBlank()) {
            r.addProperty(p, text(value));
        }
    }

    /** Links {@code r} to the web address {@code url}; an address that is no valid IRI is reported and left out. */
    public void addUrl(Resource r, String url) {
        try {
            IRIx.create(url).toString();
            r.addProperty(GCM.url, model.createResource(url));
        } catch (IRIException e) {
            LOG.warn("{}: '{}' is not a valid IRI; left out ({})", r.getURI(), url, e.getMessage());
        }
    }

    public Literal text(String value) {
        return model.createLiteral(value, LANG);
    }

    public Literal integer(long value) {
        return model.createTypedLiteral(String.valueOf(value), XSDDatatype.XSDinteger);
    }

    /** A label no longer than {@code max} characters, cut at a word. */
    public static String shorten(String text, int max) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        if (oneLine.length() <= max) {
            return oneLine;
        }
        int cut = oneLine.lastIndexOf(' ', max - 1);
        return oneLine.substring(0, cut > max / 2 ? cut : max - 1).replaceAll("[,;:.]+$", "") + "…";
    }
}

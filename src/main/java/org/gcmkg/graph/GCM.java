package org.gcmkg.graph;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Terms of the GCM ontology ({@code ontology/gcm.ttl}), kept in step with that file by
 * {@code OntologyVocabularyTest}.
 */
public final class GCM {
    public static final String NS = "https://w3id.org/gcm/ontology#";
    /** Base of every resource the graph mints. */
    public static final String ID = "https://w3id.org/gcm/id/";

    public static String getURI() {
        return NS;
    }

    private static Resource cls(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property prop(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    // Classes
    public static final Resource Objective = cls("Objective");
    public static final Resource Action = cls("Action");
    public static final Resource Example = cls("Example");
    public static final Resource Citation = cls("Citation");
    public static final Resource LegalInstrument = cls("LegalInstrument");
    public static final Resource SourceDocument = cls("SourceDocument");
    public static final Resource Passage = cls("Passage");
    public static final Resource Section = cls("Section");
    public static final Resource Website = cls("Website");
    public static final Resource Mention = cls("Mention");

    // Structure of the Compact
    public static final Property number = prop("number");
    public static final Property letter = prop("letter");
    public static final Property lead = prop("lead");
    public static final Property objective = prop("objective");
    public static final Property sdgTarget = prop("sdgTarget");
    public static final Property sdgGoal = prop("sdgGoal");
    public static final Property sdgNote = prop("sdgNote");
    public static final Property cites = prop("cites");
    public static final Property url = prop("url");
    public static final Property text = prop("text");

    // Instruments
    public static final Property year = prop("year");
    public static final Property listedIn = prop("listedIn");
    public static final Property underpinnedBy = prop("underpinnedBy");
    public static final Property mentions = prop("mentions");
    public static final Property mentionIn = prop("mentionIn");
    public static final Property mentionOf = prop("mentionOf");
    public static final Property matchedText = prop("matchedText");

    // Provenance
    public static final Property passage = prop("passage");
    public static final Property sourceDocument = prop("sourceDocument");
    public static final Property fileName = prop("fileName");
    public static final Property startLine = prop("startLine");
    public static final Property endLine = prop("endLine");
    public static final Property startOffset = prop("startOffset");
    public static final Property endOffset = prop("endOffset");

    private GCM() {
    }
}

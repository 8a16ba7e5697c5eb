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

    private static Resource individual(String local) {
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
    public static final Resource Actor = cls("Actor");
    public static final Resource Country = cls("Country");
    public static final Resource UnDocument = cls("UnDocument");
    // Guidance (QUNO)
    public static final Resource Guidance = cls("Guidance");
    public static final Resource GuidanceCoverage = cls("GuidanceCoverage");
    public static final Resource GuidanceSourceType = cls("GuidanceSourceType");
    /** Individuals of {@link #GuidanceSourceType}: the two kinds of UN human rights bodies guidance comes from. */
    public static final Resource SpecialProcedures = individual("SpecialProcedures");

    public static final Resource TreatyBodies = individual("TreatyBodies");
    // Stakeholder commitments (ICMPD)
    public static final Resource Theme = cls("Theme");
    public static final Resource Commitment = cls("Commitment");
    public static final Resource ThemeMapping = cls("ThemeMapping");
    // Dialogue report (IOM)
    public static final Resource Workshop = cls("Workshop");
    public static final Resource Chapter = cls("Chapter");
    public static final Resource Person = cls("Person");
    public static final Resource Statement = cls("Statement");
    public static final Resource Recommendation = cls("Recommendation");
    // What statements, recommendations and commitments speak to
    public static final Resource Alignment = cls("Alignment");

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
    public static final Property treatyId = prop("treatyId");
    public static final Property iloCode = prop("iloCode");
    public static final Property underpinnedBy = prop("underpinnedBy");
    public static final Property mentions = prop("mentions");
    public static final Property mentionIn = prop("mentionIn");
    public static final Property mentionOf = prop("mentionOf");
    public static final Property matchedText = prop("matchedText");

    // Countries, actors and UN documents
    public static final Property country = prop("country");
    public static final Property actor = prop("actor");
    public static final Property iso3 = prop("iso3");
    public static final Property m49 = prop("m49");
    public static final Property symbol = prop("symbol");
    public static final Property unDocument = prop("unDocument");

    // Guidance
    public static final Property issuedBy = prop("issuedBy");
    public static final Property paragraph = prop("paragraph");
    public static final Property sourceType = prop("sourceType");
    public static final Property guidanceCount = prop("guidanceCount");

    // Commitments
    public static final Property theme = prop("theme");
    public static final Property relevantFramework = prop("relevantFramework");
    public static final Property mappedTheme = prop("mappedTheme");
    public static final Property mappedObjective = prop("mappedObjective");
    public static final Property evidence = prop("evidence");
    public static final Property correspondsTo = prop("correspondsTo");

    // Dialogue
    public static final Property workshop = prop("workshop");
    public static final Property chapter = prop("chapter");
    public static final Property place = prop("place");
    public static final Property startDate = prop("startDate");
    public static final Property endDate = prop("endDate");
    public static final Property speaker = prop("speaker");
    public static final Property role = prop("role");
    public static final Property organisationName = prop("organisationName");
    public static final Property countryName = prop("countryName");

    // Alignment of texts with objectives
    public static final Property addresses = prop("addresses");
    public static final Property alignmentIn = prop("alignmentIn");
    public static final Property alignmentOf = prop("alignmentOf");
    public static final Property alignedWith = prop("alignedWith");
    public static final Property objectiveWords = prop("objectiveWords");
    public static final Property score = prop("score");
    public static final Property method = prop("method");

    // Provenance
    public static final Property passage = prop("passage");
    public static final Property sourceDocument = prop("sourceDocument");
    public static final Property fileName = prop("fileName");
    public static final Property startLine = prop("startLine");
    public static final Property endLine = prop("endLine");
    public static final Property startOffset = prop("startOffset");
    public static final Property endOffset = prop("endOffset");
    public static final Property page = prop("page");

    // The SPARQL service's limits, in its service description
    public static final Property queryTimeout = prop("queryTimeout");
    public static final Property resultLimit = prop("resultLimit");

    private GCM() {}
}

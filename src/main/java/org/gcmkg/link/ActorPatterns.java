package org.gcmkg.link;

/** Pieces of the patterns that find actors' names: word boundaries, and the title-case words names are made of. */
final class ActorPatterns {
    static final String BEFORE = "(?<![\\p{L}\\p{N}])";
    static final String AFTER = "(?![\\p{L}\\p{N}])";
    /** A word of a ministry's or an organ's name: "Foreign", "Affairs", "Human", "Mobility". */
    static final String WORD = "[A-Z][\\p{L}'’-]*";
    /** Title-case words joined by small words: "Foreign Affairs", "Rights of the Child". */
    private static final String WORDS = WORD + "(?:\\s+(?:(?:of|for|the|on)\\s+)*" + WORD + ")*";
    /**
     * "and" joining the words of one name, not another body or a post after it ("... Department of Emergencies and
     * UNHCR", "Committee on ... and Vice-President of ...").
     */
    private static final String AND =
            "\\s+and\\s+(?![A-Z]{2,}(?![\\p{L}])|(?:Vice-)?(?:President|Director|Chair|Secretary|Minister"
                    + "|Head|Deputy)(?![\\p{L}]))(?:the\\s+)?";
    /**
     * What a ministry or working group is "of", "for" or "on": title-case words, joined by "and", and by commas in a
     * list that "and" closes ("Family Affairs, Senior Citizens, Women and Youth"); a comma followed by anything else
     * ends it ("the IOM Department of Emergencies, Vincent Houver, moderated").
     */
    static final String SUBJECT = "(?:the\\s+)?(?<subject>" + WORDS + "(?:" + AND + WORDS + ")*(?:(?:,\\s+" + WORDS
            + ")+,?" + AND + WORDS + ")?)";

    private ActorPatterns() {}
}

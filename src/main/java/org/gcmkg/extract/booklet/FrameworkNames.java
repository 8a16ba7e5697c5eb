package org.gcmkg.extract.booklet;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the names of frameworks from the way the booklet writes them: "Title (ABBR), 1948", "Title of 1949 (ILO
 * Convention No. 97)", "Title (entry into force in 1927) and the Other Title (...)", or a paragraph that opens with
 * the title ("Title, also known as the Short Name, (entering into force in 2003) which ...").
 */
final class FrameworkNames {
    /** Words that make a capitalised phrase the name of an instrument rather than a heading of the booklet. */
    private static final Pattern INSTRUMENT_WORD = Pattern.compile(
            "\\b(Convention|Covenant|Declaration|Agreement|Protocol|Framework|Agenda|Compact|Charter|Treaty)\\b");

    private static final java.util.Set<String> MINOR_WORDS = java.util.Set.of(
            "of", "the", "and", "on", "for", "to", "in", "against", "a", "an", "with", "or", "from", "by");
    private static final Pattern PARENTHESIS = Pattern.compile("\\s*\\(([^)]*)\\)");
    private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");
    private static final Pattern TRAILING_YEAR = Pattern.compile(",\\s*(1[89]\\d\\d|20\\d\\d)$");
    private static final Pattern OF_YEAR = Pattern.compile("\\s+of\\s+(1[89]\\d\\d|20\\d\\d)\\b");
    private static final Pattern ALSO_KNOWN_AS = Pattern.compile("also known as (?:the )?([A-Z][^,()]*)");
    private static final Pattern SEVERAL = Pattern.compile("\\s+and the\\s+(?=[A-Z])");
    private static final Pattern DESCRIPTION_YEAR =
            Pattern.compile("(?i)(?:entered into force|entry into force|adopted)[^.]*?\\b(1[89]\\d\\d|20\\d\\d)\\b");

    /** Where a description starts to name the instruments its framework includes: "which includes the Protocol ...". */
    private static final Pattern INCLUDES = Pattern.compile("\\bincludes?\\s+the\\s+(?=[A-Z])");
    /**
     * The title of an included instrument: its instrument word, then title-case words joined by minor words and by
     * commas ("Protocol to Prevent, Suppress and Punish Trafficking in Persons Especially Women and Children").
     */
    private static final Pattern INCLUDED_TITLE = Pattern.compile("\\bthe\\s+((?:Protocol|Convention|Agreement)"
            + "(?:(?:\\s+(?:to|against|on|of|the|and|in|by|for))*(?:\\s+|,\\s+)[A-Z][\\p{L}-]*)*)");

    private FrameworkNames() {}

    /**
     * The instruments a description says its framework includes: the Palermo Convention "includes the Protocol to
     * Prevent, Suppress and Punish Trafficking in Persons ... and the Protocol against the Smuggling of Migrants by
     * Land, Sea and Air", each an instrument of its own that texts name.
     */
    static List<String> included(String description) {
        List<String> titles = new ArrayList<>();
        Matcher includes = description == null ? null : INCLUDES.matcher(description);
        if (includes == null || !includes.find()) {
            return titles;
        }
        Matcher title = INCLUDED_TITLE.matcher(description).region(includes.start(), description.length());
        while (title.find()) {
            titles.add(title.group(1));
        }
        return titles;
    }

    /** One instrument named in a title, before the description is known. */
    record Name(String title, List<String> altLabels, Integer year) {}

    /**
     * Whether the text opens with the name of an instrument: before its first comma or bracket, a phrase in title
     * case ("Convention on the Rights of the Child") with an instrument word in it. Sentences and the booklet's own
     * headings are in sentence case.
     */
    static boolean namesInstrument(String text) {
        int end = text.length();
        for (char stop : new char[] {',', '('}) {
            int i = text.indexOf(stop);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        String head = text.substring(0, end).strip();
        return INSTRUMENT_WORD.matcher(head).find() && isTitleCase(head);
    }

    private static boolean isTitleCase(String phrase) {
        for (String word : phrase.split("\\s+")) {
            if (!word.isEmpty() && !MINOR_WORDS.contains(word) && Character.isLowerCase(word.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** The instruments a heading or list item names; several where it joins them with "and the". */
    static List<Name> fromTitle(String heading) {
        String text = heading.strip().replaceAll("[,:;]+$", "").strip();
        List<Name> names = new ArrayList<>();
        for (String part : SEVERAL.split(text)) {
            names.add(one(part.strip()));
        }
        return names;
    }

    /**
     * The instrument a paragraph opens with, where it has no heading of its own: the name is the text before the
     * first comma, and "also known as" gives another name.
     */
    static Name fromParagraph(String paragraph) {
        int comma = paragraph.indexOf(',');
        String head = comma > 0 ? paragraph.substring(0, comma) : paragraph;
        Name name = one(head.strip());
        List<String> alt = new ArrayList<>(name.altLabels());
        Matcher aka = ALSO_KNOWN_AS.matcher(paragraph);
        if (aka.find()) {
            alt.add(aka.group(1).strip());
        }
        Integer year = name.year() != null ? name.year() : firstParenthesisYear(paragraph);
        return new Name(name.title(), List.copyOf(alt), year);
    }

    /** The year a description gives for adoption or entry into force, where the title gives none. */
    static Integer yearInDescription(String description) {
        Matcher m = DESCRIPTION_YEAR.matcher(description);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static Name one(String text) {
        Integer year = null;
        List<String> alt = new ArrayList<>();
        StringBuilder title = new StringBuilder();
        Matcher m = PARENTHESIS.matcher(text);
        int pos = 0;
        while (m.find()) {
            title.append(text, pos, m.start());
            String inside = m.group(1).strip();
            Matcher y = YEAR.matcher(inside);
            if (inside.matches("[\\d\\s\\-–]+")) {
                title.append(' ').append('(').append(inside).append(')');
            } else if (inside.contains("into force") && y.find()) {
                year = Integer.valueOf(y.group(1));
            } else if (!inside.isEmpty()) {
                alt.add(inside);
            }
            pos = m.end();
        }
        title.append(text.substring(pos));
        String t = title.toString().strip();
        Matcher trailing = TRAILING_YEAR.matcher(t);
        if (trailing.find()) {
            year = Integer.valueOf(trailing.group(1));
            t = t.substring(0, trailing.start());
        }
        Matcher ofYear = OF_YEAR.matcher(t);
        if (ofYear.find()) {
            year = Integer.valueOf(ofYear.group(1));
            t = (t.substring(0, ofYear.start()) + t.substring(ofYear.end())).strip();
        }
        return new Name(t.replaceAll("[,:;]+$", "").strip(), List.copyOf(alt), year);
    }

    private static Integer firstParenthesisYear(String text) {
        Matcher m = PARENTHESIS.matcher(text);
        while (m.find()) {
            Matcher y = YEAR.matcher(m.group(1));
            if (m.group(1).contains("into force") && y.find()) {
                return Integer.valueOf(y.group(1));
            }
        }
        return null;
    }
}

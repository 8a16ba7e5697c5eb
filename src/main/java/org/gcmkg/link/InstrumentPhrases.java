package org.gcmkg.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gcmkg.corpus.MappedText;
import org.gcmkg.reference.Countries;
import org.gcmkg.reference.Slug;

/**
 * Finds names of instruments no document lists, by their shape: a phrase in title case that holds an instrument word
 * and says what the instrument is about ("Protocol against the Smuggling of Migrants by Land, Sea and Air", "Guiding
 * Principles on Business and Human Rights") or the period it runs for ("Counter-Smuggling Work Plan (2019-2025)"),
 * or an agreement named after the two countries that made it ("Colombia-Peru Framework Agreement"). A leading acronym
 * of the body that issued it ("ILO", "WHO") is not part of the name. A title that begins with "National" names a
 * State's own plan or strategy, not an international instrument. Bare phrases ("the Global Compact", "a
 * Framework Agreement") name nothing in particular and are left alone, as are names the registry knows, which
 * {@link InstrumentMatcher} finds.
 */
public final class InstrumentPhrases {
    private static final String WORD = "(?:[A-Z][\\p{L}'’\\-]*|[0-9]+(?:-[0-9]{4})?)";
    private static final String MINOR = "(?:of|the|and|on|for|to|in|against|with|by|from|between|at|or|a|their|its)";
    /**
     * Title-case words, joined by minor words, and by commas where a capitalised word follows (lists in titles) or
     * where the title goes on to what it is about after an inserted phrase ("Principles and Guidelines, Supported by
     * Practical Guidance, on the Human Rights Protection of Migrants ...").
     */
    private static final Pattern PHRASE = Pattern.compile(WORD + "(?:(?:\\s+" + MINOR + ")*\\s+" + WORD
            + "|,\\s+(?:(?:on|against|for)\\s+(?:the\\s+)?)?" + WORD + ")*");

    private static final Pattern HEAD = Pattern.compile(
            "\\b(Convention|Covenant|Protocol|Declaration|Agreement|Charter|Treaty|Compact|Agenda|Framework|Principles"
                    + "|Guidelines|Recommendation|Plan of Action|Work Plan|Action Plan|Pact|Standards)\\b");
    /**
     * Right after the head word (and a number: "Convention 181", or a phrase between commas: "Guidelines, Supported
     * by Practical Guidance, on ..."), what the instrument is about: "on ...", "against ...", "to ...", "for ...",
     * "of ...".
     */
    private static final Pattern ABOUT = Pattern.compile(
            HEAD.pattern() + "(?:\\s+[0-9]+|,[^,]{1,60},)?\\s+(?:of|on|against|to|for|between)\\s+(?:the\\s+)?[A-Z]");
    /** A name that ends in its head word and the period it runs for, which is not part of it: "Work Plan 2019-2025". */
    private static final Pattern HEAD_AND_YEARS = Pattern.compile(HEAD.pattern() + "(\\s+[0-9]{4}-[0-9]{4})$");

    private static final Pattern ENDS_IN_HEAD = Pattern.compile(HEAD.pattern() + "$");
    /** The period in brackets right after a name: "Work Plan (2019-2025)". */
    private static final Pattern YEARS_AFTER = Pattern.compile("\\s*\\([0-9]{4}[-–][0-9]{4}\\)");

    private static final Pattern BILATERAL_HEAD = Pattern.compile("(?:\\s+[A-Z][\\p{L}-]*)*?\\s+(?:Agreement|Treaty"
            + "|Convention|Protocol|Accord|Memorandum of Understanding)(?![\\p{L}])");
    /** What every {@link #HEAD} holds ("Plan" for the three plans'): a phrase without any has no name found in it. */
    private static final Literals HEAD_WORDS = Literals.of(
            "Convention",
            "Covenant",
            "Protocol",
            "Declaration",
            "Agreement",
            "Charter",
            "Treaty",
            "Compact",
            "Agenda",
            "Framework",
            "Principles",
            "Guidelines",
            "Recommendation",
            "Plan",
            "Pact",
            "Standards");
    /** Who issued it, before its name: "ILO", "WHO", "the United Nations". */
    private static final Pattern ISSUER = Pattern.compile("^(?:(?:[A-Z]{2,}|United Nations)\\s+)+");

    private static final Pattern LEADING_MINOR = Pattern.compile("^(?:(?:" + MINOR + "|The)\\s+)+");
    /** An abbreviation in brackets right after a name: "... Members of their Families (ICRMW)". */
    private static final Pattern ABBREVIATION_AFTER = Pattern.compile("^\\s*\\(([A-Z]{2,})\\)");

    /** Two countries joined by a hyphen, who made an agreement named after them: "Colombia-Peru". */
    private final Pattern parties;

    private final Countries countries;

    InstrumentPhrases(Countries countries) {
        this.countries = countries;
        String country = Alternation.of(countries.nameSpellings().keySet());
        parties = Pattern.compile("(?<![\\p{L}-])(?:" + country + ")[-–](?:" + country + ")(?=\\s)");
    }

    /** A name found in a text, and where it stands. */
    record Found(String name, int start, int end) {}

    /**
     * Whether a phrase that ends in its head word is the name of one instrument by its words before the head: a
     * year ("2030 Agenda"), or a proper name such as a place ("Valletta Action Plan", "New York Declaration"), not a
     * common word that any plan or agenda could begin with ("Regional Action Plan", "Global Compact"), unless the
     * acronym of the body that issued it comes first ("IGAD Regional Migration Policy Framework"). A phrase with a
     * comma is a post and a name ("Deputy Executive Secretary, ... Agreement"), not one title.
     */
    private static boolean namedByItsHead(String phrase, boolean issued) {
        Matcher head = ENDS_IN_HEAD.matcher(phrase);
        if (!head.find() || head.start() == 0 || phrase.contains(",")) {
            return false;
        }
        String[] before = phrase.substring(0, head.start()).strip().split("\\s+");
        // Every word before the head is part of the name: "Conclude a Framework Agreement" is no title.
        if (Arrays.stream(before).anyMatch(w -> !w.matches("[A-Z][\\p{L}'’-]*|[12][0-9]{3}"))) {
            return false;
        }
        if (before[0].matches("[12][0-9]{3}") || issued) {
            return true;
        }
        return !COMMON_FIRST_WORDS.contains(before[0])
                && before[0].matches("[A-Z][\\p{L}'’-]*")
                && (before.length > 1 || !before[0].equals("New") && !before[0].equals("Joint"))
                && Arrays.stream(before).noneMatch(COMMON_FIRST_WORDS::contains);
    }

    /** Words that begin the titles of many instruments, or refer to one without naming it. */
    private static final Set<String> COMMON_FIRST_WORDS = Set.of(
            "International",
            "Global",
            "Regional",
            "National",
            "General",
            "Universal",
            "United",
            "Optional",
            "Supplementary",
            "This",
            "That",
            "These",
            "Such",
            "Each",
            "Any",
            "Our",
            "Their",
            "Its",
            "First",
            "Second",
            "Third",
            "Final",
            "Draft",
            "Zero",
            "Political",
            "Policy",
            "Strategic",
            "Action",
            "Work",
            "Implementation");

    /**
     * Whether a title begins with a State's possessive or adjective ("Bangladesh's Social Development Framework",
     * "Mexican Consular Protocol"): a State's own instrument, which stays national.
     */
    private boolean ofAState(String phrase) {
        String first = phrase.split("\\s+")[0];
        String owner = first.replaceFirst("['’]s$", "");
        return !owner.equals(first) && countries.nameSpellings().containsKey(owner)
                || countries.demonyms().containsKey(first);
    }

    List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        Matcher m = PHRASE.matcher(text);
        while (m.find()) {
            if (!HEAD_WORDS.anyIn(m.group())) {
                continue;
            }
            // "... Convention 181 for Private Employment Agencies and the IOM International Recruitment Integration
            // System": where another body's thing is joined on, the name has ended.
            String phrase = m.group()
                    .replaceFirst("\\s+and\\s+the\\s+[A-Z]{2,}\\b.*$", "")
                    .replaceAll("[,\\s]+$", "");
            Matcher issuer = ISSUER.matcher(phrase);
            int start = m.start();
            boolean issued = issuer.find();
            if (issued) {
                start += issuer.end();
                phrase = phrase.substring(issuer.end());
            }
            Matcher minor = LEADING_MINOR.matcher(phrase);
            if (minor.find()) {
                start += minor.end();
                phrase = phrase.substring(minor.end());
            }
            if (phrase.startsWith("National ") || ofAState(phrase)) {
                continue;
            }
            Matcher years = HEAD_AND_YEARS.matcher(phrase);
            if (ABOUT.matcher(phrase).find()
                    || ENDS_IN_HEAD.matcher(phrase).find()
                            && (YEARS_AFTER
                                            .matcher(text)
                                            .region(start + phrase.length(), text.length())
                                            .lookingAt()
                                    || namedByItsHead(phrase, issued))) {
                found.add(new Found(phrase, start, start + phrase.length()));
            } else if (years.find()) {
                String name = phrase.substring(0, years.start(years.groupCount()));
                found.add(new Found(name, start, start + name.length()));
            } else {
                // A name inside the name of a thing made for it: "Joint Valletta Action Plan Monitoring and Reporting
                // Tool".
                Matcher head = HEAD.matcher(phrase);
                int end = -1;
                while (head.find()) {
                    end = head.end();
                }
                if (end > 0 && namedByItsHead(phrase.substring(0, end), issued)) {
                    found.add(new Found(phrase.substring(0, end), start, start + end));
                }
            }
        }
        Matcher p = parties.matcher(text);
        boolean hyphen = text.indexOf('-') >= 0 || text.indexOf('–') >= 0;
        while (hyphen && p.find()) {
            Matcher head = BILATERAL_HEAD.matcher(text).region(p.end(), text.length());
            int start = p.start();
            // A title that says what it is about ("Mexico-United States Agreement on Labour") is found whole above.
            if (head.lookingAt() && found.stream().noneMatch(f -> f.start() < head.end() && start < f.end())) {
                found.add(new Found(text.substring(start, head.end()), start, head.end()));
            }
        }
        return found;
    }

    /**
     * Mentions of instruments {@code text} names by a phrase, other than those already {@code known} (which overlap
     * one); the registry resolves a phrase it knows by another name.
     */
    List<EntityMention> mentions(MappedText text, InstrumentRegistry registry, List<EntityMention> known) {
        List<EntityMention> mentions = new ArrayList<>();
        for (Found f : find(text.text())) {
            int start = text.sourceOffset(f.start());
            int end = text.sourceEnd(f.end());
            if (known.stream().anyMatch(k -> k.startOffset() < end && start < k.endOffset())) {
                continue;
            }
            // A name the text gives with the abbreviation of a known instrument is a wording of that instrument.
            Matcher abbreviation = ABBREVIATION_AFTER.matcher(text.text().substring(f.end()));
            String id = registry.resolve(f.name())
                    .or(() ->
                            abbreviation.find() ? registry.resolve(abbreviation.group(1)) : java.util.Optional.empty())
                    .orElse(Slug.of(f.name()));
            mentions.add(new EntityMention(EntityKind.INSTRUMENT, id, f.name(), start, end));
        }
        return mentions;
    }
}

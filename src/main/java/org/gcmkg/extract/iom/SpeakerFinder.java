package org.gcmkg.extract.iom;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.gcmkg.corpus.MappedText;

/**
 * Finds the speakers the report writes "Name (Title, Organisation, Country)" or "Name (Country)". The name is the run
 * of name words just before the parenthesis: capitalised words, initials ("J."), "Jr." and particles ("de"), less the
 * honorifics and the capitalised function words ("As", "For") that open it. A run of fewer than two capitalised words
 * is no person's name ("Libya (speaking from the floor)", "Development (GFMD)"); nor is a name that would take in an
 * acronym or a word naming an institution, event or document ("Stockholm Agenda (with Goals and Targets)", "The
 * African Economic Community (EAC)"). A parenthesis saying "speaking from the floor" marks a delegation speaking, not
 * a person's affiliation.
 */
final class SpeakerFinder {
    private static final int MAX_NAME_WORDS = 6;
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}'’]*(?:-\\p{L}+)*-?");
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");
    private static final Set<String> SUFFIXES = Set.of("Jr.", "Sr.");
    private static final Set<String> PARTICLES =
            Set.of("de", "del", "da", "das", "do", "dos", "van", "von", "der", "den", "la", "le", "bin", "ibn", "al");
    private static final Set<String> HONORIFICS =
            Set.of("H.E.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Prof.", "Sir", "Dame");
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "A",
            "According",
            "Also",
            "An",
            "And",
            "As",
            "At",
            "But",
            "By",
            "For",
            "However",
            "In",
            "Likewise",
            "Moreover",
            "On",
            "The",
            "Then",
            "Thus",
            "When",
            "While",
            "With");
    private static final Set<String> INSTITUTION_WORDS = Set.of(
            "Agency",
            "Agenda",
            "Alliance",
            "Association",
            "Bank",
            "Centre",
            "Center",
            "Coalition",
            "Committee",
            "Community",
            "Compact",
            "Confederation",
            "Convention",
            "Council",
            "Declaration",
            "Department",
            "Development",
            "Federation",
            "Forum",
            "Foundation",
            "Framework",
            "Fund",
            "Global",
            "Government",
            "Group",
            "Initiative",
            "Institute",
            "International",
            "Kingdom",
            "Mechanism",
            "Migration",
            "Ministry",
            "National",
            "Nations",
            "Network",
            "Office",
            "Organization",
            "Process",
            "Programme",
            "Protocol",
            "Recommendations",
            "Republic",
            "Series",
            "States",
            "System",
            "Union",
            "University");
    private static final String FLOOR = "speaking from the floor";

    private SpeakerFinder() {}

    static List<Speaker> find(ReportText report) {
        MappedText text = report.text();
        String s = text.text();
        List<Speaker> speakers = new ArrayList<>();
        int[] closings = closings(s);
        for (int open = s.indexOf('('); open >= 0; open = s.indexOf('(', open + 1)) {
            int close = closings[open];
            if (close < 0) {
                continue;
            }
            String content = s.substring(open + 1, close).strip();
            if (content.chars().noneMatch(Character::isLetter) || content.startsWith(FLOOR)) {
                continue;
            }
            Name name = nameBefore(s, open);
            if (name == null) {
                continue;
            }
            MappedText appearance = text.sub(name.start, close + 1);
            speakers.add(new Speaker(
                    name.text,
                    name.honorific,
                    Affiliation.parse(content),
                    report.pageAt(name.start),
                    report.spans(appearance)));
        }
        return List.copyOf(speakers);
    }

    /**
     * For each '(' of {@code s}, the index of the ')' that closes it, or -1 when none does: in one pass, so that a
     * text of many unclosed parentheses costs no more than any other.
     */
    private static int[] closings(String s) {
        int[] closings = new int[s.length()];
        java.util.Arrays.fill(closings, -1);
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '(') {
                open.push(i);
            } else if (s.charAt(i) == ')' && !open.isEmpty()) {
                closings[open.pop()] = i;
            }
        }
        return closings;
    }

    private record Name(String text, String honorific, int start) {}

    private record Word(String text, int start) {}

    /** The name just before the parenthesis at {@code open}, or null when there is none. */
    private static Name nameBefore(String s, int open) {
        List<Word> words = new ArrayList<>();
        int end = open;
        while (end > 0 && s.charAt(end - 1) == ' ' && words.size() < MAX_NAME_WORDS) {
            int start = s.lastIndexOf(' ', end - 2) + 1;
            String word = s.substring(start, end - 1);
            if (!isNameWord(word) && !HONORIFICS.contains(word)) {
                break;
            }
            words.add(0, new Word(word, start));
            end = start;
        }
        while (!words.isEmpty()
                && (FUNCTION_WORDS.contains(words.get(0).text) || PARTICLES.contains(words.get(0).text))) {
            words.remove(0);
        }
        if (words.isEmpty()) {
            return null;
        }
        int start = words.get(0).start;
        List<String> honorifics = new ArrayList<>();
        while (!words.isEmpty() && HONORIFICS.contains(words.get(0).text)) {
            honorifics.add(words.remove(0).text);
        }
        long capitalised = words.stream()
                .filter(w -> CAPITALISED.matcher(w.text).matches())
                .count();
        if (capitalised < 2) {
            return null;
        }
        String name = String.join(" ", words.stream().map(Word::text).toList()).replace("- ", "-");
        return new Name(name, honorifics.isEmpty() ? null : String.join(" ", honorifics), start);
    }

    private static boolean isNameWord(String word) {
        if (INITIAL.matcher(word).matches() || SUFFIXES.contains(word) || PARTICLES.contains(word)) {
            return true;
        }
        boolean acronym = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
        return CAPITALISED.matcher(word).matches() && !acronym && !INSTITUTION_WORDS.contains(word);
    }
}

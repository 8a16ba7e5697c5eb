package org.gcmkg.extract.iom;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gcmkg.reference.Countries;

/**
 * What the parenthesis after a speaker's name says of them: "(Title, Organisation, Country)", with as many parts as
 * the report gives. Semicolons separate two affiliations ("Director, Institute for Social Law and Policy (ISLP);
 * Extraordinary Professor, Faculty of Law, Northwest University, South Africa"); commas separate the parts of one.
 * The last part is the country the speaker spoke for when it is a country's name ({@link Countries}). Each other
 * part is a role when its head noun names a function ("Deputy Minister", "Head of the Policy Analysis Centre",
 * "IGAD Executive Secretary"), else an organisation ("Ministry of Foreign Affairs", "ICMC"). A part "A and B" that
 * follows a part with "of" continues its enumeration ("Minister of Immigration, Refugees and Citizenship"). Roles and
 * organisations are kept as written, several of one affiliation joined by ", ", of two by "; "; each is null when
 * the parenthesis gives none.
 */
public record Affiliation(String role, String organisation, String country) {
    private static final Pattern ENUMERATION_END =
            Pattern.compile("\\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*)* and \\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*)*");
    /** What ends the head of a part: its head noun is the last word before these. */
    private static final Pattern HEAD_END = Pattern.compile(" (?:of|for|on|to|at|in) | \\(");

    private static final Set<String> FUNCTIONS = Set.of(
            "adviser",
            "advisor",
            "ambassador",
            "chair",
            "chairperson",
            "chief",
            "commissioner",
            "consul",
            "coordinator",
            "councillor",
            "delegate",
            "director",
            "envoy",
            "filmmaker",
            "founder",
            "general",
            "head",
            "manager",
            "mayor",
            "minister",
            "observer",
            "officer",
            "president",
            "professor",
            "rapporteur",
            "representative",
            "secretary",
            "undersecretary");

    static Affiliation parse(String parenthesis) {
        List<List<String>> affiliations = new ArrayList<>();
        for (String part : splitTopLevel(parenthesis, ';')) {
            List<String> parts = splitTopLevel(part, ',');
            if (!parts.isEmpty()) {
                affiliations.add(new ArrayList<>(parts));
            }
        }
        if (affiliations.isEmpty()) {
            return new Affiliation(null, null, null);
        }
        List<String> last = affiliations.get(affiliations.size() - 1);
        String country = null;
        if (Countries.standard().resolve(last.get(last.size() - 1)).isPresent()) {
            country = last.remove(last.size() - 1);
        }
        List<String> roles = new ArrayList<>();
        List<String> organisations = new ArrayList<>();
        for (List<String> parts : affiliations) {
            List<String> role = new ArrayList<>();
            List<String> organisation = new ArrayList<>();
            for (String part : enumerationsJoined(parts)) {
                (isFunction(part) ? role : organisation).add(part);
            }
            if (!role.isEmpty()) {
                roles.add(String.join(", ", role));
            }
            if (!organisation.isEmpty()) {
                organisations.add(String.join(", ", organisation));
            }
        }
        return new Affiliation(
                roles.isEmpty() ? null : String.join("; ", roles),
                organisations.isEmpty() ? null : String.join("; ", organisations),
                country);
    }

    private static List<String> enumerationsJoined(List<String> parts) {
        List<String> joined = new ArrayList<>();
        for (String part : parts) {
            int previous = joined.size() - 1;
            if (previous >= 0
                    && joined.get(previous).contains(" of ")
                    && ENUMERATION_END.matcher(part).matches()) {
                joined.set(previous, joined.get(previous) + ", " + part);
            } else {
                joined.add(part);
            }
        }
        return joined;
    }

    private static boolean isFunction(String part) {
        Matcher end = HEAD_END.matcher(part);
        String head = end.find() ? part.substring(0, end.start()) : part;
        String word = head.substring(head.lastIndexOf(' ') + 1);
        word = word.substring(word.lastIndexOf('-') + 1);
        return FUNCTIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Splits at {@code separator} outside nested parentheses, trimming and dropping empty parts. */
    private static List<String> splitTopLevel(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : 0;
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == separator && depth == 0 || i == text.length()) {
                String part = text.substring(start, i).strip();
                if (!part.isEmpty()) {
                    parts.add(part);
                }
                start = i + 1;
            }
        }
        return parts;
    }
}

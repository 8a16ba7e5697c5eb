package org.gcmkg.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.gcmkg.corpus.MappedText;
import org.gcmkg.reference.Countries;

/**
 * Finds the countries a text names: by a name of the country ("Mexico", "the US", "Viet Nam"), a demonym or
 * adjective ("Mexican nationals", "the Colombian government", "Filipino workers") or a place in it ("Sfax",
 * "Quito"), from {@link Countries}. Words are matched case-sensitively and as whole words, so that no country is
 * read inside another word or in a lower-case word; where candidates overlap the leftmost longest wins, so that
 * "Papua New Guinea" is not Guinea and "New Mexico" (a place of the United States) is not Mexico. Phrases that
 * contain a country's word without naming it ("US $", "New Guinea") are matched like names and dropped. Two kinds of
 * words name something else by what follows them: a demonym followed by "language" names the language ("the
 * Serbian language"); a place followed by "Process", "Dialogue", "Declaration" and the like names a process or an
 * instrument after the city where it began ("Rabat Process", "Sendai Framework"), not the country. A national
 * society or an embassy names its country: "Croatian Red Cross", "Mexican Embassy".
 */
public final class CountryRecognizer implements EntityRecognizer {
    private static final Pattern LANGUAGE = Pattern.compile("\\s+(?:[Ss]ign )?[Ll]anguages?(?![\\p{L}\\p{N}])");
    private static final Pattern NAMED_AFTER = Pattern.compile("\\s+(?:Action )?(?:Process|Dialogue|Framework|"
            + "Declaration|Agenda|Convention|Protocol|Plan|Consensus|Principles|Statement)(?:es|s)?(?![\\p{L}\\p{N}])");

    private enum Kind {
        NAME,
        DEMONYM,
        PLACE,
        FALSE_FRIEND
    }

    /** Words to recognise, the country they name (null for a false friend), and what kind of words they are. */
    private record Form(String words, String iso3, Kind kind) {
        /** Whether the words name the country where they stand, followed by {@code rest}. */
        boolean namesCountry(CharSequence rest) {
            return switch (kind) {
                case NAME -> true;
                case DEMONYM -> !LANGUAGE.matcher(rest).lookingAt();
                case PLACE -> !NAMED_AFTER.matcher(rest).lookingAt();
                case FALSE_FRIEND -> false;
            };
        }
    }

    /** The forms by their first two characters, longest first. */
    private final Map<String, List<Form>> byPrefix = new HashMap<>();

    public CountryRecognizer(Countries countries) {
        List<Form> forms = new ArrayList<>();
        countries.nameSpellings().forEach((words, iso3) -> forms.add(new Form(words, iso3, Kind.NAME)));
        countries.demonyms().forEach((words, iso3) -> forms.add(new Form(words, iso3, Kind.DEMONYM)));
        countries.places().forEach((words, iso3) -> forms.add(new Form(words, iso3, Kind.PLACE)));
        countries.falseFriends().forEach(words -> forms.add(new Form(words, null, Kind.FALSE_FRIEND)));
        forms.sort(Comparator.comparingInt((Form f) -> f.words().length()).reversed());
        for (Form form : forms) {
            byPrefix.computeIfAbsent(form.words().substring(0, 2), k -> new ArrayList<>())
                    .add(form);
        }
    }

    @Override
    public List<EntityMention> find(MappedText mapped) {
        String text = mapped.text();
        List<EntityMention> found = new ArrayList<>();
        int i = 0;
        while (i < text.length() - 1) {
            Form form = isWordChar(text, i - 1) ? null : longestAt(text, i);
            if (form == null) {
                i++;
                continue;
            }
            int end = i + form.words().length();
            if (form.namesCountry(text.subSequence(end, text.length()))) {
                found.add(new EntityMention(
                        EntityKind.COUNTRY, form.iso3(), form.words(), mapped.sourceOffset(i), mapped.sourceEnd(end)));
            }
            i = end;
        }
        return found;
    }

    /** The longest form that stands at {@code i} as whole words. */
    private Form longestAt(String text, int i) {
        for (Form form : byPrefix.getOrDefault(text.substring(i, i + 2), List.of())) {
            String words = form.words();
            int end = i + words.length();
            if (text.startsWith(words, i) && !(isWordChar(words, words.length() - 1) && isWordChar(text, end))) {
                return form;
            }
        }
        return null;
    }

    /** A letter, digit or underscore: a country's code inside an identifier ("en_US") is not its name. */
    private static boolean isWordChar(String s, int i) {
        return i >= 0 && i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_');
    }
}

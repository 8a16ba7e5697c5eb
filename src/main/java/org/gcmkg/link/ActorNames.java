package org.gcmkg.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.gcmkg.reference.Country;

/** How a national body is named after its country: "Government of Bangladesh", "Embassy of the United States". */
final class ActorNames {
    /** Country names English writes with "the": plural and descriptive names. */
    private static final Pattern WITH_THE = Pattern.compile(
            "^(?:United|Republic|Kingdom|Federated|Democratic|Islamic|Holy|State of|Russian Federation|Czech Republic"
                    + "|Dominican Republic|Central African|Syrian|Lao|Bolivarian|Plurinational)\\b|\\b(?:Islands|Emirates)$");

    private static final Set<String> PLURAL =
            Set.of("Bahamas", "Comoros", "Gambia", "Maldives", "Netherlands", "Philippines", "Seychelles");

    private ActorNames() {}

    /** The country's name as it follows "of": "Bangladesh", "the Philippines", "the United Kingdom", "the US". */
    static String withArticle(String country) {
        boolean abbreviation = country.matches("[A-Z.]+");
        return abbreviation || WITH_THE.matcher(country).find() || PLURAL.contains(country)
                ? "the " + country
                : country;
    }

    /**
     * The body {@code body} of {@code country} ("Government", "Ministry of Education", "Embassy"), named "{body} of
     * {country}" by the country's name and, as other names, by its other names ("Government of the UK").
     */
    static Actor of(String body, Country country, ActorType type) {
        String name = body + " of " + withArticle(country.name());
        List<String> others = new ArrayList<>();
        for (String countryName : country.otherNames()) {
            String other = body + " of " + withArticle(countryName);
            if (!other.equals(name) && !others.contains(other)) {
                others.add(other);
            }
        }
        return Actor.of(name, type, others, country.iso3());
    }
}

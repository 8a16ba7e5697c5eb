package org.gcmkg.link;

import static org.gcmkg.link.ActorPatterns.AFTER;
import static org.gcmkg.link.ActorPatterns.SUBJECT;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The organs of international organisations and networks a text names around the organisation's name: "the
 * Assembly of the African Union", "Global Migration Group (GMG) Working Group on Human Rights and Gender", "the IOM
 * Department of Emergencies". An organ is an actor
 * of its own, part of its organisation; its name is its words without a leading "the" or an
 * acronym in brackets.
 */
final class Organs {
    /** An organ named before its organisation: "the Assembly of the African Union". */
    private static final Pattern ORGAN_OF = Pattern.compile(
            "(?<organ>Assembly|Commission|Council|Secretariat|Parliament" + "|Executive Board)\\s+of\\s+(?:the\\s+)?$");
    /**
     * An organ named after its organisation and perhaps its acronym: "... (GMG) Working Group on ...", "... Commission",
     * "IOM Department of Emergencies".
     */
    private static final Pattern ORGAN_AFTER =
            Pattern.compile("^(?<acronym>\\s+\\([A-Z]{2,}\\))?\\s+(?<organ>(?:Working Group"
                    + "|Task Force|Committee|Sub-Committee|Department|Division)\\s+(?:on|for|of)\\s+" + SUBJECT
                    + "|Commission|Secretariat|Council)" + AFTER);

    Organs() {}

    /** The organ of the organisation {@code named}, where the words around its name name one. */
    Optional<NamedActor> of(String text, NamedActor named) {
        if (named.actor().type() != ActorType.INTERGOVERNMENTAL && named.actor().type() != ActorType.NETWORK) {
            return Optional.empty();
        }
        String words = text.substring(named.start(), named.end());
        Matcher before = ORGAN_OF.matcher(text).region(Math.max(0, named.start() - 40), named.start());
        if (before.find()) {
            String name = text.substring(before.start(), named.end()).replaceAll("\\s+", " ");
            return Optional.of(
                    new NamedActor(before.start(), named.end(), Actor.organ(name, named.actor(), List.of())));
        }
        Matcher after = ORGAN_AFTER.matcher(text).region(named.end(), text.length());
        if (!after.lookingAt()) {
            return Optional.empty();
        }
        String organ = after.group("organ").replaceAll("\\s+", " ");
        List<String> others = new ArrayList<>();
        if (!words.equals(named.actor().name())) {
            others.add(words + " " + organ);
        }
        if (after.group("acronym") != null) {
            others.add(words + after.group("acronym") + " " + organ);
        }
        Actor actor = Actor.organ(named.actor().name() + " " + organ, named.actor(), others);
        return Optional.of(new NamedActor(named.start(), after.end(), actor));
    }
}

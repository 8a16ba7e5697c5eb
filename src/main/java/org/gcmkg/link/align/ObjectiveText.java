package org.gcmkg.link.align;

import java.util.List;
import java.util.Optional;

/** What an objective of the Compact says, as the aligners read it: its number, title and lettered actions. */
public record ObjectiveText(int number, String title, List<ActionText> actions) {
    /** An action of the objective: its letter and full text. */
    public record ActionText(String letter, String text) {}

    public ObjectiveText {
        actions = List.copyOf(actions);
    }

    /** The text of the title ("title") or of the action with that letter. */
    public Optional<String> part(String source) {
        if (ObjectivePart.TITLE.equals(source)) {
            return Optional.of(title);
        }
        return actions.stream()
                .filter(a -> a.letter().equals(source))
                .map(ActionText::text)
                .findFirst();
    }
}

package org.gcmkg.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gcmkg.corpus.MappedText;

/**
 * Finds the instruments a text names, by their names as whole words. Where names overlap ("Paris Agreement on
 * Climate Change" and "Paris Agreement"), the longest wins.
 */
public final class InstrumentMatcher implements EntityRecognizer {
    private final Map<String, String> keyByName = new LinkedHashMap<>();
    /** Compiled once, when made: one matcher serves the documents graphed on several threads. */
    private final Pattern pattern;

    /** A matcher for the names (title, abbreviations, variants) of each instrument, by the instrument's key. */
    InstrumentMatcher(Map<String, List<String>> namesByKey) {
        namesByKey.forEach((key, names) -> {
            for (String name : names) {
                String n = name.strip();
                if (n.length() >= 3) {
                    keyByName.putIfAbsent(n, key);
                }
            }
        });
        pattern = keyByName.isEmpty()
                ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}])(" + Alternation.of(keyByName.keySet()) + ")(?![\\p{L}\\p{N}])");
    }

    @Override
    public List<EntityMention> find(MappedText text) {
        if (pattern == null || text.isEmpty()) {
            return List.of();
        }
        Matcher m = pattern.matcher(text.text());
        List<EntityMention> found = new ArrayList<>();
        while (m.find()) {
            found.add(new EntityMention(
                    EntityKind.INSTRUMENT,
                    keyByName.get(m.group(1)),
                    m.group(1),
                    text.sourceOffset(m.start(1)),
                    text.sourceEnd(m.end(1))));
        }
        return found;
    }
}

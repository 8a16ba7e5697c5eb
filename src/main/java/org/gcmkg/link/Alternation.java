package org.gcmkg.link;

import java.util.Collection;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Names as one regular expression that tries the longest first, so that "Republic of Korea" wins over "Korea". */
final class Alternation {
    private Alternation() {}

    static String of(Collection<String> names) {
        return names.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }
}

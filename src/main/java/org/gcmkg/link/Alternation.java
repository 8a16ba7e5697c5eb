package org.gcmkg.link;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Names as one regular expression that tries the longest first, so that "Republic of Korea" wins over "Korea".
 *
 * <p>The expression is the names' trie ("Ma(?:l(?:i|ta)|uritania)"), not a list of every name: a list makes the
 * matcher try each of hundreds of names at every position of a text, which was most of the time spent linking. The
 * names a text matches at one position are each a prefix of the next, so they lie on one path of the trie; the trie
 * tries a longer name before its prefixes, which is the order of the list sorted longest first, and the pattern
 * around the names sees the same matches in the same order.
 */
final class Alternation {
    private Alternation() {}

    /** The names, matched as written (for a pattern compiled without case-insensitive flags). */
    static String of(Collection<String> names) {
        return trie(names, false);
    }

    /**
     * The names for a pattern compiled with {@link Pattern#CASE_INSENSITIVE} and {@link Pattern#UNICODE_CASE}: the
     * trie is made of the case-folded names, as the matcher compares folded characters, so that "UNICEF" and "Unicef"
     * are one path, as the order above needs.
     */
    static String caseBlind(Collection<String> names) {
        return trie(names, true);
    }

    private static String trie(Collection<String> names, boolean fold) {
        Node root = new Node();
        for (String name : names) {
            Node node = root;
            for (int cp : name.codePoints().toArray()) {
                node = node.next.computeIfAbsent(fold ? fold(cp) : cp, k -> new Node());
            }
            node.end = true;
        }
        StringBuilder regex = new StringBuilder();
        root.write(regex);
        return regex.toString();
    }

    /** What the matcher compares under {@link Pattern#UNICODE_CASE}. */
    private static int fold(int codePoint) {
        return Character.toLowerCase(Character.toUpperCase(codePoint));
    }

    private static final class Node {
        private final Map<Integer, Node> next = new TreeMap<>();
        private boolean end;

        /** The names below this node, longer ones first: a name ending here is tried after every longer one. */
        void write(StringBuilder regex) {
            List<Map.Entry<Integer, Node>> children = List.copyOf(next.entrySet());
            if (children.isEmpty()) {
                return;
            }
            boolean group = children.size() > 1 || end;
            if (group) {
                regex.append("(?:");
            }
            for (int i = 0; i < children.size(); i++) {
                if (i > 0) {
                    regex.append('|');
                }
                // A run of single children is one literal.
                StringBuilder run =
                        new StringBuilder().appendCodePoint(children.get(i).getKey());
                Node node = children.get(i).getValue();
                while (!node.end && node.next.size() == 1) {
                    Map.Entry<Integer, Node> only =
                            node.next.entrySet().iterator().next();
                    run.appendCodePoint(only.getKey());
                    node = only.getValue();
                }
                regex.append(Pattern.quote(run.toString()));
                node.write(regex);
            }
            if (end) {
                regex.append('|');
            }
            if (group) {
                regex.append(')');
            }
        }
    }
}

package org.gcmkg.extract.iom;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gcmkg.corpus.MappedText;

/**
 * Splits running text into sentences: a sentence ends at '.', '?' or '!' followed by a space and a capital letter,
 * a digit or '[', unless the word ending there is an initial ("Robert J. Vitillo") or an abbreviation.
 */
final class Sentences {
    private static final Pattern END = Pattern.compile("[.?!]\\s+(?=[\\p{Lu}\\d\\[])");
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "e.g.", "i.e.", "Art.", "para.", "No.", "n.d.", "Jr.", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "St.", "H.E.");

    private Sentences() {
    }

    static List<MappedText> split(MappedText text) {
        String s = text.text();
        List<MappedText> sentences = new ArrayList<>();
        int start = 0;
        Matcher m = END.matcher(s);
        while (m.find()) {
            int wordStart = m.start();
            while (wordStart > 0 && !Character.isWhitespace(s.charAt(wordStart - 1)) && s.charAt(wordStart - 1) != '(') {
                wordStart--;
            }
            String word = s.substring(wordStart, m.start() + 1);
            if (INITIAL.matcher(word).matches() || ABBREVIATIONS.contains(word)) {
                continue;
            }
            add(sentences, text.sub(start, m.start() + 1));
            start = m.end();
        }
        add(sentences, text.sub(start, s.length()));
        return List.copyOf(sentences);
    }

    private static void add(List<MappedText> sentences, MappedText sentence) {
        MappedText trimmed = sentence.trim();
        if (!trimmed.isEmpty()) {
            sentences.add(trimmed);
        }
    }
}

package org.gcmkg.corpus;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one sentence splitter of the project: ICU's sentence rules for English (a sentence ends at '.', '?' or '!'
 * before a new sentence, not before a lower-case word), with the breaks after abbreviations suppressed, so that
 * "H.E. Mr. Robert J. Vitillo (Caritas)" or "e.g. Art. 5" stay in their sentence. ICU's filter suppresses a break
 * after any text that ends with a listed abbreviation, without looking at where its word begins: it is given the
 * abbreviations of one word ("Mr."), which no other word ends with. Initials ("J.") and abbreviations with inner
 * dots ("e.g.") are checked as whole words instead: as suffixes they would keep "... UNHCR. The" together, and ICU's
 * filter does not suppress a break after "e.g." at all.
 */
public final class Sentences {
    private static final List<String> ONE_WORD =
            List.of("Art.", "para.", "No.", "Jr.", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "St.");
    private static final Set<String> DOTTED = Set.of("e.g.", "i.e.", "n.d.", "H.E.");
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");
    /** Built once per thread: a break iterator holds the text it walks. */
    private static final ThreadLocal<BreakIterator> ITERATOR = ThreadLocal.withInitial(Sentences::iterator);

    private Sentences() {}

    private static BreakIterator iterator() {
        FilteredBreakIteratorBuilder builder = FilteredBreakIteratorBuilder.getEmptyInstance();
        ONE_WORD.forEach(builder::suppressBreakAfter);
        return builder.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(ULocale.ENGLISH));
    }

    /** The sentences of {@code text}, in order, each trimmed. */
    public static List<MappedText> split(MappedText text) {
        List<MappedText> sentences = new ArrayList<>();
        int start = 0;
        for (int end : ends(text.text())) {
            MappedText sentence = text.sub(start, end).trim();
            if (!sentence.isEmpty()) {
                sentences.add(sentence);
            }
            start = end;
        }
        return List.copyOf(sentences);
    }

    /** Where the sentence that holds {@code index} of {@code text} begins. */
    public static int start(String text, int index) {
        return before(text, index, 0);
    }

    /** Where the sentence before the one that holds {@code index} begins (where that one begins if it is the first). */
    public static int startOfPrevious(String text, int index) {
        return before(text, index, 1);
    }

    private static int before(String text, int index, int sentencesBack) {
        List<Integer> ends = ends(text);
        int holding = 0;
        while (holding < ends.size() && ends.get(holding) <= index) {
            holding++;
        }
        int sentence = holding - sentencesBack;
        return sentence <= 0 ? 0 : ends.get(sentence - 1);
    }

    /** Where each sentence of {@code text} ends (after the white space that follows it), the last at its end. */
    private static List<Integer> ends(String text) {
        BreakIterator iterator = ITERATOR.get();
        iterator.setText(text);
        List<Integer> ends = new ArrayList<>();
        for (int end = iterator.next(); end != BreakIterator.DONE; end = iterator.next()) {
            if (end == text.length() || !afterAbbreviation(text, end)) {
                ends.add(end);
            }
        }
        if (ends.isEmpty() || ends.get(ends.size() - 1) != text.length()) {
            ends.add(text.length());
        }
        return ends;
    }

    /** Whether the word before {@code end} (and the white space before it) is an initial or a dotted abbreviation. */
    private static boolean afterAbbreviation(String text, int end) {
        int wordEnd = end;
        while (wordEnd > 0 && Character.isWhitespace(text.charAt(wordEnd - 1))) {
            wordEnd--;
        }
        int wordStart = wordEnd;
        while (wordStart > 0
                && !Character.isWhitespace(text.charAt(wordStart - 1))
                && text.charAt(wordStart - 1) != '(') {
            wordStart--;
        }
        String word = text.substring(wordStart, wordEnd);
        return INITIAL.matcher(word).matches() || DOTTED.contains(word);
    }
}

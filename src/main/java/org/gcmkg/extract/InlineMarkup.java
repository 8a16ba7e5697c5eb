package org.gcmkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gcmkg.corpus.MappedText;

/**
 * The Markdown-ish inline markup of the converted documents: emphasis, links whose targets were often lost, URLs in
 * angle brackets, escapes, and footnote markers written as superscript digits glued to the text.
 */
public final class InlineMarkup {
    public static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final Pattern MARKER = Pattern.compile("[" + SUPERSCRIPT_DIGITS + "]+");
    /** A link; its target may hold one level of brackets, as "COM_SWD(2017)0117_EN.pdf" does. */
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\((?:[^()\\s]|\\([^()\\s]*\\))*\\)");

    private static final Pattern ANGLE_URL = Pattern.compile("<(https?://[^>\\s]+)>");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\$*_\\[\\]()#])");
    private static final Pattern EMPHASIS = Pattern.compile("\\*+");
    private static final Pattern SPACES = Pattern.compile("( )[ \\t]+");
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\\]\"“”]+");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");

    private InlineMarkup() {}

    /** Text stripped of its footnote markers, and the markers in order. */
    public record Footnoted(MappedText text, List<FootnoteMarker> markers) {}

    public static Footnoted takeMarkers(MappedText text) {
        List<FootnoteMarker> markers = new ArrayList<>();
        Matcher m = MARKER.matcher(text.text());
        while (m.find()) {
            markers.add(new FootnoteMarker(superscriptNumber(m.group()), text.sourceOffset(m.start())));
        }
        return new Footnoted(text.replaceAll(MARKER, -1), List.copyOf(markers));
    }

    /** The reading text: markup removed, link titles kept, white space folded. Footnote markers are left alone. */
    public static MappedText plain(MappedText text) {
        MappedText t = text.replaceAll(LINK, 1);
        t = t.replaceAll(ANGLE_URL, 1);
        t = t.replaceAll(EMPHASIS, -1);
        t = t.replaceAll(ESCAPE, 1);
        return t.replaceAll(SPACES, 1).trim();
    }

    /** The first bold span of raw text, with its markup removed, or null. */
    public static String firstBold(String raw) {
        Matcher m = BOLD.matcher(raw);
        return m.find() ? plainString(m.group(1)) : null;
    }

    public static String plainString(String raw) {
        String t = LINK.matcher(raw).replaceAll("$1");
        t = ANGLE_URL.matcher(t).replaceAll("$1");
        t = MARKER.matcher(t).replaceAll("");
        t = EMPHASIS.matcher(t).replaceAll("");
        t = ESCAPE.matcher(t).replaceAll("$1");
        return t.replaceAll("\\s+", " ").trim();
    }

    /**
     * Every distinct http(s) URL in raw text, in order, unescaped, without the punctuation of the sentence around it
     * (a closing bracket only where the URL does not open one).
     */
    public static List<String> urls(String raw) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = URL.matcher(ESCAPE.matcher(raw).replaceAll("$1"));
        while (m.find()) {
            String url = m.group().replaceAll("[.,;:*]+$", "");
            while (url.endsWith(")") && count(url, '(') < count(url, ')')) {
                url = url.substring(0, url.length() - 1).replaceAll("[.,;:*]+$", "");
            }
            found.add(url);
        }
        return List.copyOf(found);
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }

    public static boolean startsWithMarker(String line) {
        return !line.isEmpty() && SUPERSCRIPT_DIGITS.indexOf(line.charAt(0)) >= 0;
    }

    public static int superscriptNumber(String digits) {
        int n = 0;
        for (int i = 0; i < digits.length(); i++) {
            n = n * 10 + SUPERSCRIPT_DIGITS.indexOf(digits.charAt(i));
        }
        return n;
    }

    /** Length of the run of superscript digits at the start of {@code line}. */
    public static int leadingMarkerLength(String line) {
        int i = 0;
        while (i < line.length() && SUPERSCRIPT_DIGITS.indexOf(line.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }
}

package org.gcmkg.serve;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheFactory;
import java.io.StringWriter;

/**
 * The HTML pages' Mustache templates, from the jar ({@code serve/templates/NAME.mustache}). Mustache escapes every
 * {@code {{value}}} for HTML; the templates use no unescaped {@code {{{value}}}}, so no text reaches a page unescaped.
 * Each page template extends {@code layout} (header with the search box, footer) and reads its title and search text
 * from its model's {@code title()} and {@code searchText()}.
 */
final class Templates {
    // The factory caches compiled templates and is thread-safe.
    private static final MustacheFactory FACTORY = new DefaultMustacheFactory("serve/templates");

    private Templates() {}

    /** Renders template {@code name} with {@code model} as its context. */
    static String render(String name, Object model) {
        StringWriter out = new StringWriter();
        FACTORY.compile(name + ".mustache").execute(out, model);
        return out.toString();
    }
}

package org.gcmkg.serve;

import com.ibm.icu.text.Collator;
import com.ibm.icu.text.RuleBasedCollator;
import com.ibm.icu.util.ULocale;
import java.util.Comparator;

/** Orders texts as people count: {@code example/2} before {@code example/10}, {@code action/a} before {@code b}. */
final class NaturalOrder {
    private static final Collator COLLATOR;

    static {
        RuleBasedCollator collator = (RuleBasedCollator) Collator.getInstance(ULocale.ROOT);
        collator.setNumericCollation(true);
        COLLATOR = collator.freeze();
    }

    static final Comparator<String> TEXT = COLLATOR::compare;

    private NaturalOrder() {}
}

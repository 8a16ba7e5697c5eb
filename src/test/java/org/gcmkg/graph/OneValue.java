package org.gcmkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;

/** The one value a resource must have for a property, checked to be one (and, for a text, English). */
final class OneValue {
    private OneValue() {}

    static Statement one(Resource r, Property p) {
        List<Statement> values = r.listProperties(p).toList();
        assertEquals(1, values.size(), r + " " + p);
        return values.get(0);
    }

    static String text(Resource r, Property p) {
        Literal l = one(r, p).getLiteral();
        assertEquals("en", l.getLanguage(), r + " " + p + " is English");
        return l.getLexicalForm();
    }
}

package org.gcmkg.link.align;

/** Names of the parts of an objective an alignment can point to: its title, or an action by its letter. */
public final class ObjectivePart {
    public static final String TITLE = "title";

    private ObjectivePart() {}
}

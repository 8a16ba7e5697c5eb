package org.gcmkg.link;

/** Words of a text, from {@code start} to {@code end}, that name an actor. */
record NamedActor(int start, int end, Actor actor) {
    int length() {
        return end - start;
    }
}

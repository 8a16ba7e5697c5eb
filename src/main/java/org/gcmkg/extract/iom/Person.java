package org.gcmkg.extract.iom;

import java.util.List;
import java.util.SortedSet;

/**
 * A speaker as a person: every appearance under one name, with each distinct role, organisation and country the
 * appearances give, in the order of first appearance, and the workshops their statements are placed in.
 */
public record Person(
        String name,
        List<String> roles,
        List<String> organisations,
        List<String> countries,
        SortedSet<Integer> workshops,
        List<Speaker> appearances) {}

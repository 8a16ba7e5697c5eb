package org.gcmkg.serve;

import java.util.Collection;
import java.util.Objects;

/**
 * A public SPARQL endpoint answered by a local one instead, so that a query written for the public endpoint (for
 * {@code SERVICE <https://metadata.un.org/sparql>}) runs against a local copy of its data.
 *
 * @param publicUrl the endpoint as queries name it, compared as the {@link ServicePolicy} compares endpoints
 * @param target    a dataset of this server ({@code /sdg}), answered in-process, or the http(s) URL of another
 *                  endpoint, called instead of the public one
 */
public record ServiceMapping(String publicUrl, String target) {

    public ServiceMapping {
        Objects.requireNonNull(publicUrl, "publicUrl");
        Objects.requireNonNull(target, "target");
        if (ServicePolicy.normalise(publicUrl).isEmpty()) {
            throw new IllegalArgumentException("not an http(s) endpoint URL: " + publicUrl);
        }
        if (!isDataset(target) && ServicePolicy.normalise(target).isEmpty()) {
            throw new IllegalArgumentException(
                    "not a dataset of this server (/name) or an http(s) endpoint URL: " + target);
        }
    }

    /** Reads {@code PUBLIC=LOCAL}, e.g. {@code https://metadata.un.org/sparql=/sdg}. */
    public static ServiceMapping parse(String text) {
        int eq = text.indexOf('=');
        if (eq < 0) {
            throw new IllegalArgumentException(
                    "expected PUBLIC-URL=LOCAL (e.g. https://metadata.un.org/sparql=/sdg), " + "found " + text);
        }
        return new ServiceMapping(
                text.substring(0, eq).strip(), text.substring(eq + 1).strip());
    }

    /** Whether the target is a dataset of this server rather than another endpoint. */
    public boolean toDataset() {
        return isDataset(target);
    }

    /** Whether this mapping answers {@code SERVICE <url>}, endpoints compared as the {@link ServicePolicy} does. */
    public boolean answers(String url) {
        return ServicePolicy.normalise(publicUrl).equals(ServicePolicy.normalise(url));
    }

    /** Refuses a mapping to a dataset that is not one of {@code datasets}, the names of those at hand. */
    public void checkTarget(Collection<String> datasets) {
        if (toDataset() && !datasets.contains(target)) {
            throw new IllegalArgumentException(
                    "SERVICE <" + publicUrl + "> is mapped to " + target + ", which is not a "
                            + "dataset here ("
                            + (datasets.isEmpty() ? "there is none" : "there is " + String.join(", ", datasets))
                            + ")");
        }
    }

    private static boolean isDataset(String target) {
        return target.matches("/[A-Za-z0-9_-]+");
    }

    @Override
    public String toString() {
        return publicUrl + "=" + target;
    }
}

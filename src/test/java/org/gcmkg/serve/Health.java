package org.gcmkg.serve;

import org.apache.jena.atlas.json.JsonObject;

/** Figures read off a server's answer to /health. */
final class Health {
    private Health() {}

    /** The triples the dataset at {@code path} ("/gcm", "/sdg") holds, as /health gives them. */
    static long triples(JsonObject health, String path) {
        return health.get("datasets")
                .getAsObject()
                .get(path)
                .getAsObject()
                .get("triples")
                .getAsNumber()
                .value()
                .longValue();
    }
}

package org.gcmkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.atlas.json.JsonObject;
import org.gcmkg.store.StoreInfo;

/**
 * {@code /health}: 200 with what is served, for load balancers and monitoring. The figures were measured when the
 * server started; the store is read-only, so they hold.
 */
final class HealthServlet extends HttpServlet {
    private final Map<String, Long> triplesByDataset;
    private final StoreInfo store;

    /** @param store the store generation served, or {@code null} when the data is not from a store */
    HealthServlet(Map<String, Long> triplesByDataset, StoreInfo store) {
        this.triplesByDataset = Map.copyOf(triplesByDataset);
        this.store = store;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonObject json = new JsonObject();
        json.put("status", "ok");
        JsonObject datasets = new JsonObject();
        triplesByDataset.forEach((name, triples) -> {
            JsonObject d = new JsonObject();
            d.put("triples", triples);
            datasets.put(name, d);
        });
        json.put("datasets", datasets);
        if (store != null) {
            JsonObject s = new JsonObject();
            s.put("generation", store.generation());
            s.put("fingerprint", store.fingerprint());
            s.put("builtAt", store.builtAt().toString());
            s.put("triples", store.triples());
            json.put("store", s);
        }
        byte[] body = (json + "\n").getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/json;charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}

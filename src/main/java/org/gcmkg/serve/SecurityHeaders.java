package org.gcmkg.serve;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The headers browsers rely on, on every response the server makes, pages, data, static files and errors alike:
 * <ul>
 * <li>{@code X-Content-Type-Options: nosniff}: a browser takes each response for the type it is served as;</li>
 * <li>{@code Content-Security-Policy}: scripts, styles, images, fonts and connections from this server only, no
 * inline script, no plug-ins, no {@code <base>} or form to elsewhere, and no framing by any site
 * ({@code frame-ancestors 'none'}); the query UI alone may set inline styles, which its editor does;</li>
 * <li>{@code Referrer-Policy: strict-origin-when-cross-origin}: other sites learn the origin of a link, never the
 * page or query it was on.</li>
 * </ul>
 */
public final class SecurityHeaders extends Handler.Wrapper {
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";
    /** The query UI (Fuseki's compiled application) sets style attributes from its scripts. */
    static final String UI_POLICY = POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
    static final String REFERRER_POLICY = "strict-origin-when-cross-origin";

    public SecurityHeaders(Handler handler) {
        super(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        add(response.getHeaders(), Request.getPathInContext(request));
        return super.handle(request, response, callback);
    }

    static void add(HttpFields.Mutable headers, String path) {
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", REFERRER_POLICY);
        headers.put("Content-Security-Policy", isQueryUi(path) ? UI_POLICY : POLICY);
    }

    /** The pages of Fuseki's query UI: its index and its compiled scripts and styles. */
    private static boolean isQueryUi(String path) {
        return path.equals("/") || path.equals("/index.html") || path.startsWith("/static/");
    }
}

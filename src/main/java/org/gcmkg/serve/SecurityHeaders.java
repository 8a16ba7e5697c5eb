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
 * ({@code frame-ancestors 'none'});</li>
 * <li>{@code Referrer-Policy: strict-origin-when-cross-origin}: other sites learn the origin of a link, never the
 * page or query it was on.</li>
 * </ul>
 */
public final class SecurityHeaders extends Handler.Wrapper {
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";
    static final String REFERRER_POLICY = "strict-origin-when-cross-origin";

    public SecurityHeaders(Handler handler) {
        super(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        add(response.getHeaders());
        return super.handle(request, response, callback);
    }

    static void add(HttpFields.Mutable headers) {
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", REFERRER_POLICY);
        headers.put("Content-Security-Policy", POLICY);
    }
}

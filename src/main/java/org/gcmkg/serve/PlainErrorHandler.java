package org.gcmkg.serve;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty answers itself (a request line or headers too large, a malformed request, a body over the limit):
 * the status and its reason in plain text, with the security headers, and never a stack trace or an exception's
 * message.
 */
final class PlainErrorHandler extends ErrorHandler {
    PlainErrorHandler() {
        setShowStacks(false);
        setShowCauses(false);
        setShowMessageInTitle(false);
    }

    @Override
    protected void generateResponse(
            Request request, Response response, int code, String message, Throwable cause, Callback callback)
            throws IOException {
        SecurityHeaders.add(response.getHeaders());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
        response.write(true, ByteBuffer.wrap(text(code).getBytes(StandardCharsets.UTF_8)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        SecurityHeaders.add(fields);
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8"));
        return ByteBuffer.wrap(text(status).getBytes(StandardCharsets.UTF_8));
    }

    private static String text(int code) {
        return "Error " + code + ": " + HttpStatus.getMessage(code) + "\n";
    }
}

package org.gcmkg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * GETs to a server on loopback, each sent from a client address of its own (127.0.0.2, 127.0.0.3, …), so that the
 * server's per-client limits see distinct clients.
 */
final class AddressedClient {
    record Answer(int status, String headers, String body, long millis) {}

    private AddressedClient() {}

    /** One GET from the client address {@code from} to the server on {@code port}, as HTTP/1.0, read to the end. */
    static Answer get(int port, String from, String pathAndQuery) throws IOException {
        long start = System.nanoTime();
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + pathAndQuery + " HTTP/1.0\r\nHost: 127.0.0.1:" + port + "\r\nAccept: text/csv\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = response.indexOf("\r\n\r\n");
            String head = split < 0 ? response : response.substring(0, split);
            String body = split < 0 ? "" : response.substring(split + 4);
            int status = Integer.parseInt(head.substring(9, 12));
            return new Answer(status, head, body, (System.nanoTime() - start) / 1_000_000);
        }
    }

    static String sparql(String query) {
        return "/gcm/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }
}

package com.musicplayer.mediaservice.stream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A player on a raw socket that asks for a stream, reads its status line, headers and the first
 * bytes, then stops reading (the server's writes block once the socket buffers are full) until it
 * hangs up — a paused or vanished client, which no higher-level HTTP client lets a test be.
 */
final class SlowPlayer implements AutoCloseable {

    private final Socket socket;
    private final String head;

    SlowPlayer(int port, String path, String authorization) {
        try {
            socket = new Socket("127.0.0.1", port);
            socket.setSoTimeout(60_000);
            socket.getOutputStream()
                    .write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: "
                                    + authorization + "\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            head = readHead(socket.getInputStream());
            socket.getInputStream().readNBytes(1024);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    String head() {
        return head;
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    /** Hangs up without reading the rest: RST, as a browser tab being closed. */
    @Override
    public void close() throws IOException {
        socket.setSoLinger(true, 0);
        socket.close();
    }
}

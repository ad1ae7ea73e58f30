package org.advisorydesk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 from a chosen loopback address (127.0.0.2, 127.0.0.3 …), so that a test can be two clients
 * on two addresses, as an attacker and an account's owner are. Java's HTTP client cannot choose the
 * address it connects from, so this writes the request on a bound socket and reads the answer whole.
 */
public final class LoopbackClient {

    public record Answer(int status, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final String from;

    public LoopbackClient(String from) {
        this.from = from;
    }

    public Answer basic(int port, String path, String user, String password) throws IOException {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(port, "GET " + path + " HTTP/1.1\r\nAuthorization: Basic " + credentials + "\r\n", "");
    }

    /** The sign-in page read for its session and CSRF token, then its form posted, as a browser does. */
    public Answer formLogin(int port, String user, String password) throws IOException {
        Answer page = get(port, "/login", null);
        return formLogin(port, user, password, page.header("set-cookie").split(";")[0], csrfToken(page, "/login"));
    }

    private static final java.util.regex.Pattern CSRF_FIELD = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    /** The CSRF token of a page's forms. */
    private static String csrfToken(Answer page, String path) {
        java.util.regex.Matcher token = CSRF_FIELD.matcher(page.body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on " + path);
        }
        return token.group(1);
    }

    private Answer formLogin(int port, String user, String password, String cookie, String csrf) throws IOException {
        String body = "username=" + user + "&password=" + password + (csrf == null ? "" : "&_csrf=" + csrf);
        return send(port, "POST /login HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + (cookie == null ? "" : "Cookie: " + cookie + "\r\n"), body);
    }

    public Answer get(int port, String path, String cookie) throws IOException {
        return send(port, "GET " + path + " HTTP/1.1\r\n" + (cookie == null ? "" : "Cookie: " + cookie + "\r\n"), "");
    }

    /** A signed-in browser's session cookie and the CSRF token its pages carry. */
    public record Session(String cookie, String csrf) {
    }

    /** Signs in with the form and reads a page for the session's CSRF token. */
    public Session signIn(int port, String user, String page) throws IOException {
        Answer signedIn = formLogin(port, user, "demo");
        if (signedIn.status() != 302 || signedIn.header("location").contains("/login")) {
            throw new IllegalStateException("sign-in of " + user + " failed: " + signedIn.status());
        }
        String cookie = signedIn.header("set-cookie").split(";")[0];
        return new Session(cookie, csrfToken(get(port, page, cookie), page));
    }

    /** Any request, written as given: the request line and header lines (each ending in CRLF), then the body's bytes. */
    public Answer raw(int port, String head, byte[] body) throws IOException {
        return send(port, head, body);
    }

    private Answer send(int port, String head, String body) throws IOException {
        return send(port, head, body.getBytes(StandardCharsets.UTF_8));
    }

    private Answer send(int port, String head, byte[] content) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(30000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "Host: localhost:" + port + "\r\nConnection: close\r\nContent-Length: " + content.length
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(content);
            out.flush();
            return parse(socket.getInputStream());
        }
    }

    private static Answer parse(InputStream in) throws IOException {
        byte[] all = in.readAllBytes();
        int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
        String[] lines = new String(all, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.merge(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip(),
                    (a, b) -> a + "; " + b);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = end + 4;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            byte[] crlf = "\r\n".getBytes(StandardCharsets.US_ASCII);
            while (at < all.length) {
                int lineEnd = indexOf(all, crlf, at);
                int size = Integer.parseInt(new String(all, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].strip(), 16);
                if (size == 0) {
                    break;
                }
                body.write(all, lineEnd + 2, size);
                at = lineEnd + 2 + size + 2;
            }
        } else {
            body.write(all, at, all.length - at);
        }
        return new Answer(status, headers, body.toString(StandardCharsets.UTF_8));
    }

    private static int indexOf(byte[] bytes, byte[] part, int from) {
        for (int i = from; i <= bytes.length - part.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        throw new IllegalStateException("malformed answer");
    }
}

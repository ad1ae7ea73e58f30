package org.advisorydesk.web;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;

/**
 * What a client sent, as one fingerprint (SHA-256 of the method, the path and query, and the body),
 * so that a retry with the same key can be told from another call that reuses it. A JSON body counts
 * byte for byte; a form counts field by field (in name order, the CSRF token and the form token left
 * out: a second click sends the same form with them); a multipart body part by part.
 */
final class SentRequest {

    private static final Set<String> NOT_COUNTED = Set.of("_csrf", IdempotentPosts.FORM_TOKEN);

    private final HttpServletRequest request;
    private final String fingerprint;

    private SentRequest(HttpServletRequest request, String fingerprint) {
        this.request = request;
        this.fingerprint = fingerprint;
    }

    /** Reads the whole body; the request answered reads it again, as if never read. */
    static SentRequest read(HttpServletRequest request) throws IOException, ServletException {
        MessageDigest digest = sha256();
        digest.update((request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n")
                .getBytes(StandardCharsets.UTF_8));
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase();
        if (type.startsWith("multipart/")) {
            List<Part> parts = request.getParts().stream().filter(p -> !NOT_COUNTED.contains(p.getName()))
                    .sorted(Comparator.comparing(Part::getName)).toList();
            for (Part part : parts) {
                digest.update((part.getName() + "=" + part.getSubmittedFileName() + "\n").getBytes(StandardCharsets.UTF_8));
                try (InputStream content = part.getInputStream()) {
                    digest.update(content.readAllBytes());
                }
            }
            return new SentRequest(request, HexFormat.of().formatHex(digest.digest()));
        }
        if (type.startsWith("application/x-www-form-urlencoded")) {
            Map<String, String[]> fields = new TreeMap<>(request.getParameterMap());
            fields.forEach((name, values) -> {
                if (!NOT_COUNTED.contains(name)) {
                    digest.update((name + "=" + String.join("\u0000", values) + "\n").getBytes(StandardCharsets.UTF_8));
                }
            });
            return new SentRequest(request, HexFormat.of().formatHex(digest.digest()));
        }
        byte[] body = request.getInputStream().readAllBytes();
        digest.update(body);
        return new SentRequest(new Replayed(request, body), HexFormat.of().formatHex(digest.digest()));
    }

    /** The request to hand on: its body can be read once more. */
    HttpServletRequest request() {
        return request;
    }

    String fingerprint() {
        return fingerprint;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The request with its body already read, served again from memory. */
    private static final class Replayed extends HttpServletRequestWrapper {

        private final byte[] body;

        Replayed(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body was read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            Charset charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(getCharacterEncoding());
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }
}

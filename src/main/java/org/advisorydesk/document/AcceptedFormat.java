package org.advisorydesk.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.tika.Tika;

/**
 * The formats a request's documents may have, recognised from their content alone: never from the
 * file name or the content type the client claims.
 */
public enum AcceptedFormat {

    PDF("application/pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ODT("application/vnd.oasis.opendocument.text"),
    PLAIN_TEXT("text/plain");

    private static final Tika TIKA = new Tika();

    /** What tika-core (without the parser modules) says of an OOXML file or of any other zip. */
    private static final List<String> ZIP_TYPES = List.of("application/zip", "application/x-tika-ooxml",
            DOCX.mediaType);

    private final String mediaType;

    AcceptedFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format of the content, or empty when it is none of the accepted ones. */
    public static Optional<AcceptedFormat> recognise(byte[] content) {
        String detected = TIKA.detect(content);
        if (detected.equals(PDF.mediaType)) {
            return Optional.of(PDF);
        }
        if (detected.equals(PLAIN_TEXT.mediaType)) {
            return looksLikeText(content) ? Optional.of(PLAIN_TEXT) : Optional.empty();
        }
        // tika-core knows an ODT by its first entry, "mimetype"; it cannot tell a DOCX from other zips
        if (detected.equals(ODT.mediaType)) {
            return zipHoldsAll(content, "content.xml") ? Optional.of(ODT) : Optional.empty();
        }
        if (ZIP_TYPES.contains(detected)) {
            return zipHoldsAll(content, "[Content_Types].xml", "word/document.xml")
                    ? Optional.of(DOCX) : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * Tika judges text by its first bytes; a NUL further on means binary behind a text header. UTF-16,
     * which is full of NULs, is accepted only with its byte-order mark.
     */
    private static boolean looksLikeText(byte[] content) {
        boolean utf16 = content.length >= 2 && ((content[0] == (byte) 0xFE && content[1] == (byte) 0xFF)
                || (content[0] == (byte) 0xFF && content[1] == (byte) 0xFE));
        if (utf16) {
            return true;
        }
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads the zip's central directory only, through a temporary file: nothing is inflated, so a
     * zip bomb costs no more than its own size.
     */
    private static boolean zipHoldsAll(byte[] content, String... entries) {
        Path file = null;
        try {
            file = Files.createTempFile("advisorydesk-upload", ".zip");
            Files.write(file, content);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (String entry : entries) {
                    if (zip.getEntry(entry) == null) {
                        return false;
                    }
                }
                return true;
            }
        } catch (ZipException notAZip) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot inspect an uploaded zip", e);
        } finally {
            deleteQuietly(file);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover temporary file is the operating system's to clean
        }
    }
}

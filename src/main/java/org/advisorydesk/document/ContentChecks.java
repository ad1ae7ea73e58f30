package org.advisorydesk.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * What a document of an accepted format must not carry, beyond its format: a PDF with scripts or
 * actions that start programs (or one nobody can open without a password), a DOCX or ODT whose
 * unpacked size is out of all proportion (a zip bomb), a text that is a program behind a byte-order
 * mark. Nothing is run or unpacked to find out: the PDF's objects are read as data, the zip's
 * directory only.
 */
final class ContentChecks {

    /** The most a document's parts may hold unpacked, whatever its packed size. */
    static final long MAX_UNPACKED = 200L * 1024 * 1024;
    /** How much larger than packed a document's parts may say they are (text packs ten to twenty times). */
    static final long MAX_RATIO = 100;
    /** The most parts a document may have. */
    static final int MAX_ENTRIES = 10_000;

    private static final COSName LAUNCH = COSName.getPDFName("Launch");

    private ContentChecks() {
    }

    /** Why content of this format is refused although the format is accepted; empty when it is not. */
    static Optional<String> problem(AcceptedFormat format, byte[] content) {
        AcceptedFormat.Inspection inspection = AcceptedFormat.inspect(content);
        return inspection.format().equals(Optional.of(format)) ? inspection.problem()
                : Optional.of("must be a PDF, DOCX, ODT or plain text document");
    }

    /**
     * A zip's central directory: its entries' names and declared sizes, read through a temporary file
     * (nothing is inflated, so a zip bomb costs no more than its own size).
     */
    record ZipDirectory(Set<String> names, int entries, long unpacked, boolean unknownSizes) {

        static Optional<ZipDirectory> read(byte[] content) {
            Path file = null;
            try {
                file = Files.createTempFile("advisorydesk-upload", ".zip");
                Files.write(file, content);
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    Set<String> names = new HashSet<>();
                    long unpacked = 0;
                    boolean unknown = false;
                    Enumeration<? extends ZipEntry> all = zip.entries();
                    // past the most parts a document may have the rest is not read: it is refused anyway
                    while (all.hasMoreElements() && names.size() <= MAX_ENTRIES) {
                        ZipEntry entry = all.nextElement();
                        names.add(entry.getName());
                        unknown |= entry.getSize() < 0;
                        unpacked += Math.max(entry.getSize(), 0);
                    }
                    return Optional.of(new ZipDirectory(Set.copyOf(names), names.size(), unpacked, unknown));
                }
            } catch (ZipException notAZip) {
                return Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot inspect an uploaded zip", e);
            } finally {
                if (file != null) {
                    file.toFile().delete();
                }
            }
        }

        boolean holdsAll(String... entries) {
            return Arrays.stream(entries).allMatch(names::contains);
        }

        /** Too many parts, or unpacking far larger than packing. */
        Optional<String> problem(long packedSize) {
            if (entries > MAX_ENTRIES) {
                return Optional.of("has too many parts to be a document");
            }
            if (unknownSizes) {
                return Optional.of("has parts of unknown size");
            }
            if (unpacked > MAX_UNPACKED || unpacked > Math.max(packedSize, 1) * MAX_RATIO) {
                return Optional.of("unpacks to far more than its size (a compressed bomb)");
            }
            return Optional.empty();
        }
    }

    /** The most objects of a PDF looked at (a document of 20 MB has far fewer). */
    private static final int MAX_OBJECTS = 2_000_000;

    /**
     * Every object reachable from the PDF's trailer, read as data (those inside object streams too): a
     * JavaScript action or name tree, a {@code /JS} entry or a launch action makes it refused.
     */
    static Optional<String> pdfProblem(byte[] content) {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            Deque<COSBase> pending = new ArrayDeque<>();
            Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            pending.push(pdf.getDocument().getTrailer());
            int looked = 0;
            while (!pending.isEmpty()) {
                COSBase base = pending.pop();
                if (base instanceof COSObject reference) {
                    base = reference.getObject();
                }
                if (base == null || !seen.add(base)) {
                    continue;
                }
                if (++looked > MAX_OBJECTS) {
                    return Optional.of("is not a readable PDF");
                }
                if (base instanceof COSDictionary dictionary) {
                    if (active(dictionary)) {
                        return Optional.of("must not contain JavaScript or actions that start programs");
                    }
                    dictionary.getValues().forEach(pending::push);
                } else if (base instanceof COSArray array) {
                    array.forEach(pending::push);
                }
            }
            return Optional.empty();
        } catch (InvalidPasswordException e) {
            return Optional.of("must not be protected by a password");
        } catch (IOException e) {
            return Optional.of("is not a readable PDF");
        }
    }

    private static boolean active(COSDictionary dictionary) {
        COSName action = dictionary.getCOSName(COSName.S);
        return dictionary.containsKey(COSName.JS) || COSName.JAVA_SCRIPT.equals(action) || LAUNCH.equals(action)
                || dictionary.containsKey(COSName.JAVA_SCRIPT);
    }

    /**
     * A text is text throughout: UTF-16 (recognised by its byte-order mark) must decode strictly, and no
     * text holds control characters other than tab, line feed, form feed and carriage return, as a
     * program's bytes behind a byte-order mark do.
     */
    static Optional<String> textProblem(byte[] content) {
        Optional<String> none = Optional.of("must be a PDF, DOCX, ODT or plain text document");
        if (content.length >= 2 && (content[0] == (byte) 0xFE && content[1] == (byte) 0xFF
                || content[0] == (byte) 0xFF && content[1] == (byte) 0xFE)) {
            String text;
            try {
                text = StandardCharsets.UTF_16.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            } catch (CharacterCodingException e) {
                return none;
            }
            return text.chars().anyMatch(ContentChecks::control) ? none : Optional.empty();
        }
        // any other encoding: its control characters are these bytes (UTF-8's multi-byte parts are all above them)
        for (byte b : content) {
            if (control(b)) {
                return none;
            }
        }
        return Optional.empty();
    }

    /** A control character other than tab, line feed, form feed and carriage return. */
    private static boolean control(int c) {
        return c >= 0 && c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r' || c == 0x7F;
    }
}

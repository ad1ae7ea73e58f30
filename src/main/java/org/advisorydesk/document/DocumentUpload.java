package org.advisorydesk.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.advisorydesk.web.FieldProblem;
import org.advisorydesk.web.InvalidInputException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/** An uploaded file that passed the rules: present, not empty, within the limit, in an accepted format. */
record DocumentUpload(String name, DocumentKind kind, AcceptedFormat format, byte[] content) {

    static final int MAX_NAME_LENGTH = 255;

    /** Checks the file and the kind (none given: {@link DocumentKind#OTHER}); names each bad field. */
    static DocumentUpload of(MultipartFile file, String kind, DataSize maxSize) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<DocumentKind> documentKind = kindOf(kind);
        if (documentKind.isEmpty()) {
            problems.add(new FieldProblem("kind", "must be one of " + Arrays.toString(DocumentKind.values())));
        }
        String name = null;
        Optional<AcceptedFormat> format = Optional.empty();
        byte[] content = null;
        Optional<String> fileProblem = sizeProblem(file, maxSize);
        if (fileProblem.isEmpty()) {
            name = nameOf(file.getOriginalFilename());
            fileProblem = nameProblem(name);
        }
        if (fileProblem.isEmpty()) {
            content = bytesOf(file);
            AcceptedFormat.Inspection inspection = AcceptedFormat.inspect(content);
            format = inspection.format();
            fileProblem = formatProblem(format).or(inspection::problem);
        }
        fileProblem.ifPresent(message -> problems.add(new FieldProblem("file", message)));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new DocumentUpload(name, documentKind.orElseThrow(), format.orElseThrow(), content);
    }

    /** Checks content the product made itself (a report) by the same rules as an uploaded file. */
    static DocumentUpload generated(String name, byte[] content, DocumentKind kind, DataSize maxSize) {
        Optional<String> problem = sizeProblem(content.length, maxSize).or(() -> nameProblem(name));
        Optional<AcceptedFormat> format = Optional.empty();
        if (problem.isEmpty()) {
            format = AcceptedFormat.recognise(content);
            problem = formatProblem(format);
        }
        if (problem.isPresent()) {
            throw new InvalidInputException("file", problem.get());
        }
        return new DocumentUpload(name, kind, format.orElseThrow(), content);
    }

    private static Optional<DocumentKind> kindOf(String kind) {
        if (kind == null || kind.isBlank()) {
            return Optional.of(DocumentKind.OTHER);
        }
        return Arrays.stream(DocumentKind.values())
                .filter(k -> k.name().equals(kind.strip().toUpperCase(Locale.ROOT)))
                .findFirst();
    }

    private static Optional<String> sizeProblem(MultipartFile file, DataSize maxSize) {
        if (file == null) {
            return Optional.of("is required");
        }
        return sizeProblem(file.getSize(), maxSize);
    }

    private static Optional<String> sizeProblem(long size, DataSize maxSize) {
        if (size == 0) {
            return Optional.of("is empty");
        }
        if (size > maxSize.toBytes()) {
            return Optional.of("must not be larger than " + readable(maxSize));
        }
        return Optional.empty();
    }

    private static Optional<String> formatProblem(Optional<AcceptedFormat> format) {
        return format.isEmpty() ? Optional.of("must be a PDF, DOCX, ODT or plain text document") : Optional.empty();
    }

    /** The last segment of the name the browser sent (some send a whole path), without control characters. */
    private static String nameOf(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return name.replaceAll("\\p{Cntrl}", "").strip();
    }

    /** Marks that reverse or embed a text's direction ("invoice", U+202E, "txt.exe" shows as "invoiceexe.txt"). */
    private static final java.util.regex.Pattern DIRECTION_MARKS = java.util.regex.Pattern.compile("[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]");

    private static Optional<String> nameProblem(String name) {
        if (name.isEmpty()) {
            return Optional.of("has no file name");
        }
        if (DIRECTION_MARKS.matcher(name).find()) {
            return Optional.of("has a file name with direction-changing characters");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            return Optional.of("has a name longer than " + MAX_NAME_LENGTH + " characters");
        }
        return Optional.empty();
    }

    private static byte[] bytesOf(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded file", e);
        }
    }

    private static String readable(DataSize size) {
        long bytes = size.toBytes();
        if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
            return size.toMegabytes() + " MB";
        }
        if (bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
            return size.toKilobytes() + " KB";
        }
        return bytes + " bytes";
    }
}

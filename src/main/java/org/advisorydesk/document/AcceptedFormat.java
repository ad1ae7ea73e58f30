package org.advisorydesk.document;

import java.util.List;
import java.util.Optional;

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
        return inspect(content).format();
    }

    /** What the content is, and why it is refused although its format is accepted (empty when it is not). */
    record Inspection(Optional<AcceptedFormat> format, Optional<String> problem) {

        static final Inspection NONE = new Inspection(Optional.empty(), Optional.empty());

        static Inspection of(AcceptedFormat format, Optional<String> problem) {
            return new Inspection(Optional.of(format), problem);
        }
    }

    /**
     * The format and the {@link ContentChecks} of that format in one reading: a zip's directory is read
     * once for both, a text scanned once.
     */
    static Inspection inspect(byte[] content) {
        String detected = TIKA.detect(content);
        if (detected.equals(PDF.mediaType)) {
            return Inspection.of(PDF, ContentChecks.pdfProblem(content));
        }
        if (detected.equals(PLAIN_TEXT.mediaType)) {
            // Tika judges text by its first bytes; the whole is text or it is none of the formats
            return ContentChecks.textProblem(content).isEmpty() ? Inspection.of(PLAIN_TEXT, Optional.empty()) : Inspection.NONE;
        }
        boolean odt = detected.equals(ODT.mediaType);
        if (!odt && !ZIP_TYPES.contains(detected)) {
            return Inspection.NONE;
        }
        // tika-core knows an ODT by its first entry, "mimetype"; it cannot tell a DOCX from other zips
        Optional<ContentChecks.ZipDirectory> directory = ContentChecks.ZipDirectory.read(content);
        if (directory.isEmpty()) {
            return Inspection.NONE;
        }
        boolean holds = odt ? directory.get().holdsAll("content.xml") : directory.get().holdsAll("[Content_Types].xml", "word/document.xml");
        return holds ? Inspection.of(odt ? ODT : DOCX, directory.get().problem(content.length)) : Inspection.NONE;
    }

}

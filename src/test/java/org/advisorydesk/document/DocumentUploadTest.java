package org.advisorydesk.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.advisorydesk.web.FieldProblem;
import org.advisorydesk.web.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.util.unit.DataSize;

/** The rules an uploaded file must pass, each failure naming its field. */
class DocumentUploadTest {

    private static final DataSize LIMIT = DataSize.ofKilobytes(1);

    @Test
    void fileOverTheConfiguredLimitIsRefusedNamingFileAndTheLimit() {
        MockMultipartFile big = file("law.pdf", SampleDocuments.pdfOfSize(1025));

        assertThatThrownBy(() -> DocumentUpload.of(big, null, LIMIT))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("file", "must not be larger than 1 KB")));
    }

    @Test
    void fileOfExactlyTheLimitIsAccepted() {
        DocumentUpload upload = DocumentUpload.of(file("law.pdf", SampleDocuments.pdfOfSize(1024)), null, LIMIT);

        assertThat(upload.format()).isEqualTo(AcceptedFormat.PDF);
        assertThat(upload.content()).hasSize(1024);
    }

    @Test
    void kindDefaultsToOtherAndIsReadWhenGiven() {
        assertThat(DocumentUpload.of(file("a.txt", SampleDocuments.text()), null, LIMIT).kind())
                .isEqualTo(DocumentKind.OTHER);
        assertThat(DocumentUpload.of(file("a.txt", SampleDocuments.text()), "DRAFT_LEGISLATION", LIMIT).kind())
                .isEqualTo(DocumentKind.DRAFT_LEGISLATION);
    }

    @Test
    void unknownKindAndBadFileAreBothNamed() {
        assertThatThrownBy(() -> DocumentUpload.of(file("a.pdf", SampleDocuments.png()), "TREATY", LIMIT))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactlyInAnyOrder("kind", "file"));
    }

    @Test
    void pathSentAsPartOfTheNameIsDropped() {
        DocumentUpload upload = DocumentUpload.of(file("C:\\Users\\focal\\Ley 978.pdf", SampleDocuments.pdf()),
                null, LIMIT);

        assertThat(upload.name()).isEqualTo("Ley 978.pdf");
    }

    @Test
    void fileWithoutANameIsRefused() {
        assertThatThrownBy(() -> DocumentUpload.of(file("", SampleDocuments.pdf()), null, LIMIT))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("file"));
    }

    @Test
    void missingFileIsRefusedNamingFile() {
        assertThatThrownBy(() -> DocumentUpload.of(null, null, LIMIT))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("file", "is required")));
    }

    @Test
    void generatedPdfPassesTheRulesWithItsKind() {
        DocumentUpload report = DocumentUpload.generated("review-report.pdf", SampleDocuments.pdf(),
                DocumentKind.DELIVERABLE, LIMIT);

        assertThat(report.format()).isEqualTo(AcceptedFormat.PDF);
        assertThat(report.kind()).isEqualTo(DocumentKind.DELIVERABLE);
    }

    @Test
    void generatedContentIsCheckedLikeAnUpload() {
        assertThatThrownBy(() -> DocumentUpload.generated("chart.pdf", SampleDocuments.png(), DocumentKind.DELIVERABLE,
                LIMIT)).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("file", "must be a PDF, DOCX, ODT or plain text document")));
        assertThatThrownBy(() -> DocumentUpload.generated("big.pdf", SampleDocuments.pdfOfSize(1025),
                DocumentKind.DELIVERABLE, LIMIT)).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).containsExactly(new FieldProblem("file", "must not be larger than 1 KB")));
    }

    private static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("file", name, "application/pdf", content);
    }
}

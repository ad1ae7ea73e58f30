package org.advisorydesk.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.advisorydesk.web.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.util.unit.DataSize;

/** What an accepted format must not carry: scripts in a PDF, a zip bomb, a program behind a byte-order mark, a disguised name. */
class ContentChecksTest {

    @Test
    void aPlainPdfDocxOdtAndTextPass() {
        assertThat(ContentChecks.problem(AcceptedFormat.PDF, SampleDocuments.pdf())).isEmpty();
        assertThat(ContentChecks.problem(AcceptedFormat.DOCX, SampleDocuments.docx())).isEmpty();
        assertThat(ContentChecks.problem(AcceptedFormat.ODT, SampleDocuments.odt())).isEmpty();
        assertThat(ContentChecks.problem(AcceptedFormat.PLAIN_TEXT, SampleDocuments.text())).isEmpty();
        byte[] utf16 = "\uFEFFYabancılar çalışma izni".getBytes(StandardCharsets.UTF_16BE);
        assertThat(ContentChecks.problem(AcceptedFormat.PLAIN_TEXT, utf16)).isEmpty();
    }

    @Test
    void aPdfThatRunsJavaScriptOnOpeningOrLaunchesAProgramIsRefused() {
        byte[] script = pdf("<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>", "<< /S /JavaScript /JS (app.alert\\(1\\)) >>");
        byte[] launch = pdf("<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>", "<< /S /Launch /F (calc.exe) >>");
        byte[] named = pdf("<< /Type /Catalog /Pages 2 0 R /Names << /JavaScript 4 0 R >> >>", "<< /Names [(a) << /S /JavaScript /JS (1) >>] >>");

        assertThat(ContentChecks.problem(AcceptedFormat.PDF, script)).contains("must not contain JavaScript or actions that start programs");
        assertThat(ContentChecks.problem(AcceptedFormat.PDF, launch)).contains("must not contain JavaScript or actions that start programs");
        assertThat(ContentChecks.problem(AcceptedFormat.PDF, named)).contains("must not contain JavaScript or actions that start programs");
    }

    @Test
    void aDocxThatUnpacksAThousandTimesItsSizeIsRefused() {
        byte[] bomb = SampleDocuments.zip(new SampleDocuments.Entry("[Content_Types].xml", "<Types/>"),
                new SampleDocuments.Entry("word/document.xml", "a".repeat(20 * 1024 * 1024)));
        assertThat(bomb.length).isLessThan(100_000);
        assertThat(AcceptedFormat.recognise(bomb)).contains(AcceptedFormat.DOCX);

        assertThat(ContentChecks.problem(AcceptedFormat.DOCX, bomb)).hasValueSatisfying(p -> assertThat(p).startsWith("unpacks to far more"));
    }

    @Test
    void aProgramBehindAByteOrderMarkIsNoText() {
        byte[] exe = SampleDocuments.exe();
        byte[] behindUtf16 = new byte[exe.length + 2];
        behindUtf16[0] = (byte) 0xFF;
        behindUtf16[1] = (byte) 0xFE;
        System.arraycopy(exe, 0, behindUtf16, 2, exe.length);
        byte[] behindUtf8 = new byte[exe.length + 3];
        behindUtf8[0] = (byte) 0xEF;
        behindUtf8[1] = (byte) 0xBB;
        behindUtf8[2] = (byte) 0xBF;
        System.arraycopy(exe, 0, behindUtf8, 3, exe.length);

        for (byte[] disguised : List.of(behindUtf16, behindUtf8)) {
            assertThatThrownBy(() -> DocumentUpload.of(new MockMultipartFile("file", "notes.txt", "text/plain", disguised), null,
                    DataSize.ofMegabytes(20))).isInstanceOf(InvalidInputException.class);
        }
    }

    @Test
    void aFileNameThatReversesItsDirectionIsRefused() {
        MockMultipartFile disguised = new MockMultipartFile("file", "invoice\u202Etxt.exe", "text/plain", SampleDocuments.text());

        assertThatThrownBy(() -> DocumentUpload.of(disguised, null, DataSize.ofMegabytes(20)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p.message()).isEqualTo("has a file name with direction-changing characters")));
    }

    /** A one-page PDF whose catalogue is {@code catalog}, with a fourth object. */
    private static byte[] pdf(String catalog, String fourth) {
        return SampleDocuments.pdf(catalog, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>", fourth);
    }
}

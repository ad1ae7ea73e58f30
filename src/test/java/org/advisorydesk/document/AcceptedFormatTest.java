package org.advisorydesk.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.apache.tika.Tika;
import org.junit.jupiter.api.Test;

/** Formats recognised from content alone, with tika-core and a look inside zips. */
class AcceptedFormatTest {

    @Test
    void eachAcceptedFormatIsRecognisedFromItsContent() {
        assertThat(AcceptedFormat.recognise(SampleDocuments.pdf())).contains(AcceptedFormat.PDF);
        assertThat(AcceptedFormat.recognise(SampleDocuments.docx())).contains(AcceptedFormat.DOCX);
        assertThat(AcceptedFormat.recognise(SampleDocuments.odt())).contains(AcceptedFormat.ODT);
        assertThat(AcceptedFormat.recognise(SampleDocuments.text())).contains(AcceptedFormat.PLAIN_TEXT);
    }

    @Test
    void docxIsNamedByItsWordProcessingMediaType() {
        assertThat(AcceptedFormat.DOCX.mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void zipsThatAreNotWordDocumentsAreRefused() {
        assertThat(AcceptedFormat.recognise(SampleDocuments.xlsx())).isEmpty();
        assertThat(AcceptedFormat.recognise(SampleDocuments.plainZip())).isEmpty();
    }

    @Test
    void zipWithAnOdtMimetypeButNoContentIsRefused() {
        byte[] hollow = SampleDocuments.zip(new SampleDocuments.Entry("mimetype", SampleDocuments.ODT_TYPE));

        assertThat(AcceptedFormat.recognise(hollow)).isEmpty();
    }

    @Test
    void imagesAndExecutablesAreRefused() {
        assertThat(AcceptedFormat.recognise(SampleDocuments.png())).isEmpty();
        assertThat(AcceptedFormat.recognise(SampleDocuments.exe())).isEmpty();
    }

    @Test
    void binaryHiddenBehindALongTextHeaderIsRefusedThoughTikaCallsItText() {
        byte[] disguised = SampleDocuments.textThenBinary();

        assertThat(new Tika().detect(disguised)).isEqualTo("text/plain");
        assertThat(AcceptedFormat.recognise(disguised)).isEmpty();
    }

    @Test
    void htmlIsNotPlainText() {
        byte[] html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(AcceptedFormat.recognise(html)).isEmpty();
    }

    @Test
    void utf16TextWithItsByteOrderMarkIsPlainText() {
        byte[] utf16 = "Ley de migraciones".getBytes(StandardCharsets.UTF_16);

        assertThat(AcceptedFormat.recognise(utf16)).contains(AcceptedFormat.PLAIN_TEXT);
    }
}

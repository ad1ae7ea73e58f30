package org.advisorydesk.document;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.advisorydesk.identity.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A request's documents: {@code /api/requests/{reference}/documents}. */
@RestController
@RequestMapping("/api/requests/{reference}/documents")
@Tag(name = "Documents", description = "Existing law, draft bills and deliverables attached to a request")
class DocumentApiController {

    private final DocumentService documents;

    DocumentApiController(DocumentService documents) {
        this.documents = documents;
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Created (stored before this answer)")
    @Operation(summary = "Attach a PDF, DOCX, ODT or plain text file (multipart part 'file'); "
            + "a name uploaded again becomes its next version")
    ResponseEntity<Document> upload(CurrentUser user, @PathVariable String reference,
            @RequestPart(name = "file", required = false) MultipartFile file,
            @Parameter(description = "EXISTING_LAW, DRAFT_LEGISLATION, DELIVERABLE or OTHER (the default)")
            @RequestParam(name = "kind", required = false) String kind) {
        Document document = documents.upload(user, reference, file, kind);
        return ResponseEntity.created(URI.create("/api/requests/" + reference + "/documents/" + document.id()))
                .body(document);
    }

    @GetMapping
    @Operation(summary = "Every version of every document of the request, in upload order")
    List<Document> list(CurrentUser user, @PathVariable String reference) {
        return documents.documentsOf(user, reference);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Download one version of a document")
    ResponseEntity<byte[]> download(CurrentUser user, @PathVariable String reference, @PathVariable long id) {
        return documents.download(user, reference, id).asDownload();
    }
}

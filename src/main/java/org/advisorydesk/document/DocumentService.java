package org.advisorydesk.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.RequestService;
import org.advisorydesk.web.ConflictException;
import org.advisorydesk.web.NotFoundException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Documents attached to a request: existing law, draft bills, deliverables. Whoever may see the request
 * may upload and read its documents; to anyone else the request does not exist. A name uploaded again
 * becomes the next version, and every version stays.
 */
@Service
public class DocumentService {

    static final String DOCUMENT_EVENT = "DOCUMENT";

    private final RequestService requests;
    private final DocumentRepository repository;
    private final DocumentProperties properties;

    DocumentService(RequestService requests, DocumentRepository repository, DocumentProperties properties) {
        this.requests = requests;
        this.repository = repository;
        this.properties = properties;
    }

    /** Stores the file as the next version of its name and records it in the request's history. */
    @Transactional
    public Document upload(CurrentUser user, String reference, MultipartFile file, String kind) {
        AssistanceRequest request = requests.get(user, reference);
        return store(user, request, DocumentUpload.of(file, kind, properties.maxSize()));
    }

    /**
     * Stores content the product made (a report) as the next version of its name, checked and recorded
     * like an upload.
     */
    @Transactional
    public Document attach(CurrentUser user, String reference, String name, byte[] content, DocumentKind kind) {
        AssistanceRequest request = requests.get(user, reference);
        return store(user, request, DocumentUpload.generated(name, content, kind, properties.maxSize()));
    }

    private Document store(CurrentUser user, AssistanceRequest request, DocumentUpload upload) {
        String reference = request.reference();
        int version = repository.latestVersion(request.id(), upload.name()) + 1;
        String sha256 = sha256(upload.content());
        Instant now = now();
        long id;
        try {
            id = repository.insert(request.id(), upload, version, sha256, user.id(), now);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("Another version of " + upload.name() + " was uploaded at the same time; "
                    + "upload again.");
        }
        requests.recordEvent(reference, user.id(), DOCUMENT_EVENT, upload.name() + " v" + version);
        return new Document(id, upload.name(), version, upload.format().mediaType(), upload.content().length, sha256,
                upload.kind(), user.id(), now);
    }

    /**
     * Every version of every document of the request the user may see, in the order they were uploaded:
     * a government sees deliverables only once they were delivered to it.
     */
    @Transactional(readOnly = true)
    public List<Document> documentsOf(CurrentUser user, String reference) {
        AssistanceRequest request = requests.get(user, reference);
        boolean deliverables = mayReadDeliverables(user, request);
        return repository.findByRequest(request.id()).stream()
                .filter(d -> deliverables || d.kind() != DocumentKind.DELIVERABLE).toList();
    }

    @Transactional(readOnly = true)
    public DocumentContent download(CurrentUser user, String reference, long documentId) {
        AssistanceRequest request = requests.get(user, reference);
        return repository.findContent(request.id(), documentId)
                .filter(c -> c.document().kind() != DocumentKind.DELIVERABLE || mayReadDeliverables(user, request))
                .orElseThrow(() -> new NotFoundException("No document " + documentId + " on request " + reference
                        + "."));
    }

    private boolean mayReadDeliverables(CurrentUser user, AssistanceRequest request) {
        return !user.isGovernment() || requests.deliveredToGovernment(request);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /** The engine's clock, as for the request's history, so that upload times line up with it. */
    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}

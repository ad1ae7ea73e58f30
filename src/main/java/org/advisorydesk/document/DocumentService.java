package org.advisorydesk.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.record.ActorSide;
import org.advisorydesk.record.CaseKey;
import org.advisorydesk.record.CaseRecord;
import org.advisorydesk.record.EntryKind;
import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.RequestService;
import org.advisorydesk.web.ConflictException;
import org.advisorydesk.web.ForbiddenException;
import org.advisorydesk.web.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Documents attached to a request: existing law, draft bills, deliverables. A government uploads its own
 * law, drafts and other papers to its requests; deliverables come only from staff of an agency routed
 * to the request, and review reports only from the product. A name uploaded again becomes the next
 * version of its owner's document (nobody adds a version to another party's), and every version stays.
 * Staff who may see the request read all of it; the government reads its own documents and the
 * deliverable versions the managers released to it.
 */
@Service
public class DocumentService {

    /** Names that begin so are kept for the review reports the desk makes: no upload takes one. */
    public static final String REVIEW_REPORT_PREFIX = "review-report-";

    private final RequestService requests;
    private final DocumentRepository repository;
    private final DocumentProperties properties;
    private final CaseRecord record;
    private final Clock clock;

    DocumentService(RequestService requests, DocumentRepository repository, DocumentProperties properties,
            CaseRecord record, Clock clock) {
        this.requests = requests;
        this.repository = repository;
        this.properties = properties;
        this.record = record;
        this.clock = clock;
    }

    /** Stores the file as the next version of its name and records it in the request's record. */
    @Transactional
    public Document upload(CurrentUser user, String reference, MultipartFile file, String kind) {
        AssistanceRequest request = requests.get(user, reference);
        DocumentUpload upload = DocumentUpload.of(file, kind, properties.maxSize());
        if (upload.name().toLowerCase(java.util.Locale.ROOT).startsWith(REVIEW_REPORT_PREFIX)) {
            throw new ConflictException(upload.name() + ": names beginning with " + REVIEW_REPORT_PREFIX
                    + " are kept for the review reports the desk makes; upload under another name.");
        }
        if (upload.kind() == DocumentKind.DELIVERABLE && !routedTo(user, request)) {
            throw new ForbiddenException("Deliverables come from the agencies working on the request.");
        }
        return store(user, request, upload, false);
    }

    /**
     * Stores content the product made (a review report) as the next version of its name, checked and
     * recorded like an upload; only the product adds versions of it.
     */
    @Transactional
    public Document attach(CurrentUser user, String reference, String name, byte[] content, DocumentKind kind) {
        AssistanceRequest request = requests.get(user, reference);
        return store(user, request, DocumentUpload.generated(name, content, kind, properties.maxSize()), true);
    }

    private boolean routedTo(CurrentUser user, AssistanceRequest request) {
        return requests.routingOf(request.reference()).stream()
                .anyMatch(r -> r.involvesAny(user.agencies()));
    }

    private Document store(CurrentUser user, AssistanceRequest request, DocumentUpload upload, boolean generated) {
        String owner = ActorSide.ofGroups(user.groups()).stored();
        repository.originOf(request.id(), upload.name()).ifPresent(origin -> {
            if (origin.generated() && !generated) {
                throw new ConflictException(upload.name() + " is made by the desk from the review's findings; "
                        + "produce the report again instead, or upload under another name.");
            }
            if (origin.owner() != null && !origin.owner().equals(owner)) {
                throw new ConflictException(upload.name() + " is another party's document; upload under another name.");
            }
        });
        String reference = request.reference();
        int version = repository.latestVersion(request.id(), upload.name()) + 1;
        String sha256 = sha256(upload.content());
        Instant now = clock.instant();
        long id;
        try {
            id = repository.insert(request.id(), upload, version, sha256, user.id(), now, owner, generated);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("Another version of " + upload.name() + " was uploaded at the same time; "
                    + "upload again.");
        }
        record.append(CaseKey.request(reference), EntryKind.DOCUMENT_ADDED, user, Map.of("documentId", id,
                "name", upload.name(), "version", version, "documentKind", upload.kind().name()));
        return new Document(id, upload.name(), version, upload.format().mediaType(), upload.content().length, sha256,
                upload.kind(), user.id(), now, owner);
    }

    /** Every version of every document of the request the user may read, in the order they were uploaded. */
    @Transactional(readOnly = true)
    public List<Document> documentsOf(CurrentUser user, String reference) {
        AssistanceRequest request = requests.get(user, reference);
        List<Document> all = repository.findByRequest(request.id());
        if (!user.isGovernment()) {
            return all;
        }
        Set<Long> released = released(reference);
        return all.stream().filter(d -> readableByGovernment(d, request, released)).map(Document::forGovernment).toList();
    }

    @Transactional(readOnly = true)
    public DocumentContent download(CurrentUser user, String reference, long documentId) {
        AssistanceRequest request = requests.get(user, reference);
        return repository.findContent(request.id(), documentId)
                .filter(c -> !user.isGovernment() || readableByGovernment(c.document(), request, released(reference)))
                .orElseThrow(() -> new NotFoundException("No document " + documentId + " on request " + reference
                        + "."));
    }

    /** The ids of the deliverable versions released to the government. */
    @Transactional(readOnly = true)
    public Set<Long> released(String reference) {
        return record.all(CaseKey.request(reference), EntryKind.DELIVERABLE_RELEASED).stream()
                .flatMap(e -> e.list("documents").stream())
                .map(d -> ((Number) d.get("id")).longValue())
                .collect(Collectors.toSet());
    }

    private static boolean readableByGovernment(Document document, AssistanceRequest request, Set<Long> released) {
        return ActorSide.government(request.requestingState()).stored().equals(document.owner())
                || released.contains(document.id());
    }

    /** The newest version of each deliverable of the request, for a release. */
    List<Document> latestDeliverables(AssistanceRequest request) {
        Map<String, Document> latest = new java.util.LinkedHashMap<>();
        repository.findByRequest(request.id()).stream().filter(d -> d.kind() == DocumentKind.DELIVERABLE)
                .forEach(d -> latest.merge(d.name(), d, (a, b) -> a.version() >= b.version() ? a : b));
        return List.copyOf(latest.values());
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}

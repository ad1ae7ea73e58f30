package org.advisorydesk.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.advisorydesk.web.FieldProblem;
import org.advisorydesk.web.InvalidInputException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The server-side check of a submission against the real forms in forms/. */
class FormSchemaTest {

    private static FormSchema screenRequest;
    private static FormSchema submitRequest;
    private static FormSchema approveDeliverable;

    @BeforeAll
    static void parseTheRealForms() {
        ObjectMapper mapper = new ObjectMapper();
        screenRequest = load("forms/screen-request.form", mapper);
        submitRequest = load("forms/submit-request.form", mapper);
        approveDeliverable = load("forms/approve-deliverable.form", mapper);
    }

    @Test
    void theFormsAreReadWithTheirIdsAndFields() {
        assertThat(screenRequest.id()).isEqualTo("screen-request");
        assertThat(submitRequest.id()).isEqualTo("submit-request");
        assertThat(approveDeliverable.id()).isEqualTo("approve-deliverable");
        assertThat(submitRequest.fields()).extracting(FormSchema.Field::key).containsExactly(
                "requestingState", "instruments", "assistanceTypes", "title", "description", "contactEmail");
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        Map<String, Object> submission = validRequest();
        submission.remove("title");

        assertThat(problemFields(() -> submitRequest.validate(submission))).containsExactly("title");
    }

    @Test
    void aBlankRequiredTextCountsAsMissing() {
        Map<String, Object> submission = validRequest();
        submission.put("description", "   ");

        assertThat(problemFields(() -> submitRequest.validate(submission))).containsExactly("description");
    }

    @Test
    void anEmptySubmissionNamesEveryRequiredField() {
        assertThat(problemFields(() -> approveDeliverable.validate(null))).containsExactly("approvalDecision");
    }

    @Test
    void aRadioValueThatIsNotOfferedIsNamed() {
        Map<String, Object> submission = Map.of("approvalDecision", "MAYBE");

        assertThat(problemFields(() -> approveDeliverable.validate(submission)))
                .containsExactly("approvalDecision");
    }

    @Test
    void aKeyThatIsNotAFieldOfTheFormIsNamed() {
        Map<String, Object> submission = Map.of("approvalDecision", "APPROVE", "budget", 1000);

        assertThat(problemFields(() -> approveDeliverable.validate(submission))).containsExactly("budget");
    }

    @Test
    void severalBadFieldsAreAllNamedAtOnce() {
        Map<String, Object> submission = validRequest();
        submission.remove("title");
        submission.put("requestingState", "paraguay");
        submission.put("instruments", List.of("ICESCR"));
        submission.put("contactEmail", "not an address");
        submission.put("priority", "HIGH");

        assertThat(problemFields(() -> submitRequest.validate(submission))).containsExactlyInAnyOrder(
                "priority", "requestingState", "instruments", "title", "contactEmail");
    }

    @Test
    void aTextLongerThanItsMaxLengthIsNamed() {
        Map<String, Object> submission = Map.of("approvalDecision", "REJECT", "approvalComment", "x".repeat(4001));

        assertThat(problemFields(() -> approveDeliverable.validate(submission))).containsExactly("approvalComment");
    }

    @Test
    void aTextOfExactlyItsMaxLengthIsKept() {
        String comment = "x".repeat(4000);

        assertThat(approveDeliverable.validate(Map.of("approvalDecision", "REJECT", "approvalComment", comment)))
                .containsEntry("approvalComment", comment);
    }

    @Test
    void aRequestingStateThatDoesNotMatchThePatternIsNamed() {
        Map<String, Object> submission = validRequest();
        submission.put("requestingState", "pry");

        assertThat(problemFields(() -> submitRequest.validate(submission))).containsExactly("requestingState");
    }

    @Test
    void aContactEmailThatIsNotAnAddressIsNamed() {
        Map<String, Object> submission = validRequest();
        submission.put("contactEmail", "focal.point.example.org");

        assertThat(problemFields(() -> submitRequest.validate(submission))).containsExactly("contactEmail");
    }

    @Test
    void aChecklistWithAValueThatIsNotOfferedIsNamed() {
        Map<String, Object> submission = validRequest();
        submission.put("assistanceTypes", List.of("LEGISLATIVE_REVIEW", "LEGAL_AID"));

        assertThat(problemFields(() -> submitRequest.validate(submission))).containsExactly("assistanceTypes");
    }

    @Test
    void aChecklistGivenAsASingleTextIsNamed() {
        Map<String, Object> submission = validRequest();
        submission.put("instruments", "ICRMW");

        assertThat(problemFields(() -> submitRequest.validate(submission))).containsExactly("instruments");
    }

    @Test
    void theScreeningNoteIsNeitherCheckedNorKeptWhenTheRequestIsComplete() {
        Map<String, Object> submission = Map.of("screeningOutcome", "COMPLETE", "screeningNote", "x".repeat(2001));

        assertThat(screenRequest.validate(submission)).containsExactly(entry("screeningOutcome", "COMPLETE"));
    }

    @Test
    void theScreeningNoteIsKeptWhenTheRequestIsOutOfScope() {
        Map<String, Object> submission = Map.of("screeningOutcome", "OUT_OF_SCOPE",
                "screeningNote", "The request concerns refugees, not migrant workers.");

        assertThat(screenRequest.validate(submission)).containsExactly(
                entry("screeningOutcome", "OUT_OF_SCOPE"),
                entry("screeningNote", "The request concerns refugees, not migrant workers."));
    }

    @Test
    void theScreeningNoteIsCheckedWhenTheRequestIsOutOfScope() {
        Map<String, Object> submission = Map.of("screeningOutcome", "OUT_OF_SCOPE", "screeningNote", "x".repeat(2001));

        assertThat(problemFields(() -> screenRequest.validate(submission))).containsExactly("screeningNote");
    }

    @Test
    void aValidSubmissionReturnsExactlyItsTypedVariables() {
        Map<String, Object> variables = submitRequest.validate(validRequest());

        assertThat(variables).containsOnly(
                entry("requestingState", "PRY"),
                entry("instruments", List.of("ICRMW", "ILO_C143")),
                entry("assistanceTypes", List.of("LEGISLATIVE_REVIEW", "REPORTING_SUPPORT")),
                entry("title", "Gap analysis of the migration law"),
                entry("description", "Please compare Law 978/96 with the Convention, article by article."),
                entry("contactEmail", "focal.point@example.org"));
    }

    @Test
    void aChecklistValueComesBackAsAList() {
        Map<String, Object> variables = submitRequest.validate(validRequest());

        assertThat(variables.get("instruments")).isInstanceOf(List.class);
        assertThat(variables.get("assistanceTypes")).isInstanceOf(List.class);
    }

    @Test
    void anOptionalFieldLeftOutIsNotKept() {
        assertThat(approveDeliverable.validate(Map.of("approvalDecision", "APPROVE")))
                .containsExactly(entry("approvalDecision", "APPROVE"));
    }

    private static Map<String, Object> validRequest() {
        Map<String, Object> submission = new LinkedHashMap<>();
        submission.put("requestingState", "PRY");
        submission.put("instruments", List.of("ICRMW", "ILO_C143"));
        submission.put("assistanceTypes", List.of("LEGISLATIVE_REVIEW", "REPORTING_SUPPORT"));
        submission.put("title", "Gap analysis of the migration law");
        submission.put("description", "Please compare Law 978/96 with the Convention, article by article.");
        submission.put("contactEmail", "focal.point@example.org");
        return submission;
    }

    private static List<String> problemFields(ThrowingCallable validation) {
        InvalidInputException[] thrown = new InvalidInputException[1];
        assertThatThrownBy(validation).isInstanceOfSatisfying(InvalidInputException.class, e -> thrown[0] = e);
        return thrown[0].problems().stream().map(FieldProblem::field).toList();
    }

    private static FormSchema load(String resource, ObjectMapper mapper) {
        try (InputStream json = FormSchemaTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(json).as(resource + " on the classpath").isNotNull();
            return FormSchema.parse(json, mapper);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

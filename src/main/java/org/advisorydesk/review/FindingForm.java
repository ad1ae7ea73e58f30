package org.advisorydesk.review;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import org.advisorydesk.review.FindingViews.Problem;

/**
 * A finding as the findings page's form sends it (every field text), checked by the rules of
 * {@link FindingInput} before anything is stored.
 */
public record FindingForm(String assessment, String nationalProvision, String comment) {

    static final String ASSESSMENT = "assessment";

    static FindingForm of(Finding finding) {
        if (finding == null) {
            return new FindingForm(null, null, null);
        }
        return new FindingForm(finding.assessment().name(), finding.nationalProvision(), finding.comment());
    }

    /** What is wrong with each field, by field name; empty when the finding may be saved. */
    Map<String, Problem> problems(Validator validator) {
        Map<String, Problem> problems = new LinkedHashMap<>();
        if (parsedAssessment().isEmpty()) {
            problems.put(ASSESSMENT, new Problem("review.error.assessment", null));
        }
        for (ConstraintViolation<FindingInput> violation : validator.validate(input(Assessment.NOT_ASSESSED))) {
            String field = violation.getPropertyPath().toString();
            problems.putIfAbsent(field, violation.getConstraintDescriptor().getAnnotation() instanceof Size
                    ? new Problem("review.error.tooLong", violation.getConstraintDescriptor().getAttributes().get("max"))
                    : new Problem("portal.form.problem", violation.getMessage()));
        }
        return problems;
    }

    /** The finding to record; only once {@link #problems} found none. */
    FindingInput input() {
        return input(parsedAssessment().orElseThrow());
    }

    private FindingInput input(Assessment parsed) {
        return new FindingInput(parsed, nationalProvision, comment);
    }

    private Optional<Assessment> parsedAssessment() {
        return Arrays.stream(Assessment.values()).filter(a -> a.name().equals(assessment)).findFirst();
    }
}

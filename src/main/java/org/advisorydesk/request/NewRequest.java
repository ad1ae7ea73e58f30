package org.advisorydesk.request;

import java.util.List;

import jakarta.validation.GroupSequence;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/requests}: what a government asks for. The lists' lengths are checked
 * first ({@link Bounds}) and, when too long, alone: a body with 30,000 assistance types is refused at
 * once, not after checking and describing each of them.
 */
@GroupSequence({NewRequest.Bounds.class, NewRequest.class})
public record NewRequest(
        @NotBlank @StateCode String requestingState,
        @NotEmpty @Size(max = 3, groups = Bounds.class) List<@NotNull @OneOf(Instrument.class) String> instruments,
        @NotEmpty @Size(max = 6, groups = Bounds.class) List<@NotNull @OneOf(AssistanceType.class) String> assistanceTypes,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 5000) String description,
        @NotBlank @Size(max = 254) @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+") String contactEmail) {

    /** The checks that come first, and alone when they fail. */
    public interface Bounds {
    }

    /** The instruments named, once each, in the order that decides the lead agency. */
    public List<Instrument> instrumentList() {
        return instruments.stream().map(Instrument::valueOf).distinct().sorted().toList();
    }

    /** The assistance types asked for, once each. */
    public List<AssistanceType> assistanceTypeList() {
        return assistanceTypes.stream().map(AssistanceType::valueOf).distinct().sorted().toList();
    }
}

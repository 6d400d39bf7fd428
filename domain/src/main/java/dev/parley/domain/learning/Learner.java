package dev.parley.domain.learning;

import dev.parley.domain.shared.InvalidInput;
import java.time.ZoneId;
import java.util.Objects;

/** A person as the learning context sees them: who they are, the name others see, and the zone their days are counted in. */
public record Learner(LearnerId id, String displayName, ZoneId zone) {
    public Learner {
        Objects.requireNonNull(id, "id");
        InvalidInput.required("display_name", displayName);
        InvalidInput.required("zone", zone);
    }
}

package dev.parley.application.learning.port.in;

import dev.parley.domain.learning.progress.Granularity;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** The local dates and bucket size asked for; a date left out defaults from the learner's local today. */
public record HistoryRequest(Optional<LocalDate> from, Optional<LocalDate> to, Granularity granularity) {
    public HistoryRequest {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(granularity, "granularity");
    }
}

package dev.parley.domain.export;

import dev.parley.domain.shared.InvalidInput;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** Which rows an export keeps: an inclusive range of UTC dates and, for learning types, one course (by its id). */
public record ExportFilters(Optional<LocalDate> from, Optional<LocalDate> to, Optional<Long> courseId) {
    public static final ExportFilters NONE = new ExportFilters(Optional.empty(), Optional.empty(), Optional.empty());

    public ExportFilters {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(courseId, "courseId");
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new InvalidInput("to", "must be a date on or after from");
        }
        if (courseId.isPresent() && courseId.get() <= 0) {
            throw new InvalidInput("course_id", "must be a positive integer");
        }
    }

    /** These filters, checked against what {@code type} can be narrowed by. */
    public ExportFilters forType(ExportType type) {
        if (courseId.isPresent() && !type.learning()) {
            throw new InvalidInput("course_id", "is not available for " + type.wireName() + " exports");
        }
        return this;
    }
}

package dev.parley.application.learning.port.in;

import dev.parley.domain.learning.CefrLevel;
import dev.parley.domain.learning.CourseStatus;
import dev.parley.domain.learning.LanguageTag;
import java.util.Objects;
import java.util.Optional;

/** Which courses a list shows; every field is optional, {@code titleContains} matches regardless of case. */
public record CourseFilter(Optional<CourseStatus> status, Optional<LanguageTag> language, Optional<CefrLevel> cefrLevel,
                           Optional<String> titleContains) {
    public CourseFilter {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(cefrLevel, "cefrLevel");
        titleContains = titleContains.filter(text -> !text.isEmpty());
    }

    public static CourseFilter all() {
        return new CourseFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}

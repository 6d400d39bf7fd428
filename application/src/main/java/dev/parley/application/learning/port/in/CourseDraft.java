package dev.parley.application.learning.port.in;

import dev.parley.domain.learning.CefrLevel;
import dev.parley.domain.learning.CourseSlug;
import dev.parley.domain.learning.CourseStatus;
import dev.parley.domain.learning.LanguageTag;
import dev.parley.domain.learning.Title;
import java.util.Optional;

/**
 * Course fields to set; an absent field keeps its value (or its default on creation). {@code description} holds
 * an empty optional to remove the description.
 */
public record CourseDraft(Optional<CourseSlug> slug, Optional<Title> title, Optional<Optional<String>> description,
                          Optional<LanguageTag> language, Optional<LanguageTag> sourceLanguage,
                          Optional<CefrLevel> cefrLevel, Optional<CourseStatus> status) {
}

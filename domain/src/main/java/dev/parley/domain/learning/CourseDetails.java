package dev.parley.domain.learning;

import dev.parley.domain.shared.InvalidInput;
import java.util.Objects;
import java.util.Optional;

/** What an author writes about a course: its handle, title, description, languages and level. */
public record CourseDetails(CourseSlug slug, Title title, Optional<String> description, LanguageTag language,
                            LanguageTag sourceLanguage, CefrLevel cefrLevel) {
    public static final int MAX_DESCRIPTION = 5000;

    public CourseDetails {
        InvalidInput.required("slug", slug);
        InvalidInput.required("title", title);
        Objects.requireNonNull(description, "description");
        InvalidInput.required("language", language);
        InvalidInput.required("source_language", sourceLanguage);
        InvalidInput.required("cefr_level", cefrLevel);
        description = description.map(String::strip).filter(text -> !text.isEmpty());
        description.ifPresent(text -> {
            if (text.codePointCount(0, text.length()) > MAX_DESCRIPTION) {
                throw new InvalidInput("description", "must be at most " + MAX_DESCRIPTION + " characters");
            }
        });
    }
}

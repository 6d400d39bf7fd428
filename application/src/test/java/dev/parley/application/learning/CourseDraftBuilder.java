package dev.parley.application.learning;

import dev.parley.application.learning.port.in.CourseDraft;
import dev.parley.domain.learning.CefrLevel;
import dev.parley.domain.learning.CourseSlug;
import dev.parley.domain.learning.CourseStatus;
import dev.parley.domain.learning.LanguageTag;
import dev.parley.domain.learning.Title;
import java.util.Optional;

/** Builds a {@link CourseDraft} with only the fields a test sets. */
final class CourseDraftBuilder {
    private Optional<CourseSlug> slug = Optional.empty();
    private Optional<Title> title = Optional.empty();
    private Optional<Optional<String>> description = Optional.empty();
    private Optional<LanguageTag> language = Optional.empty();
    private Optional<LanguageTag> sourceLanguage = Optional.empty();
    private Optional<CefrLevel> cefrLevel = Optional.empty();
    private Optional<CourseStatus> status = Optional.empty();

    static CourseDraftBuilder draft() {
        return new CourseDraftBuilder();
    }

    /** Every required field, for a course with this slug. */
    static CourseDraftBuilder complete(String slug) {
        return draft().slug(slug).title("Course " + slug).language("en").sourceLanguage("ja").cefrLevel(CefrLevel.A1);
    }

    CourseDraftBuilder slug(String value) { slug = Optional.of(new CourseSlug(value)); return this; }
    CourseDraftBuilder title(String value) { title = Optional.of(new Title(value)); return this; }
    CourseDraftBuilder description(String value) { description = Optional.of(Optional.of(value)); return this; }
    CourseDraftBuilder noDescription() { description = Optional.of(Optional.empty()); return this; }
    CourseDraftBuilder language(String value) { language = Optional.of(new LanguageTag(value)); return this; }
    CourseDraftBuilder sourceLanguage(String value) { sourceLanguage = Optional.of(new LanguageTag(value)); return this; }
    CourseDraftBuilder cefrLevel(CefrLevel value) { cefrLevel = Optional.of(value); return this; }
    CourseDraftBuilder status(CourseStatus value) { status = Optional.of(value); return this; }

    CourseDraft build() {
        return new CourseDraft(slug, title, description, language, sourceLanguage, cefrLevel, status);
    }
}

package dev.parley.adapter.persistence.learning;

import dev.parley.adapter.persistence.jooq.tables.records.CoursesRecord;
import dev.parley.domain.learning.CefrLevel;
import dev.parley.domain.learning.Course;
import dev.parley.domain.learning.CourseDetails;
import dev.parley.domain.learning.CourseId;
import dev.parley.domain.learning.CourseSlug;
import dev.parley.domain.learning.CourseStatus;
import dev.parley.domain.learning.LanguageTag;
import dev.parley.domain.learning.Title;
import dev.parley.domain.shared.OrganizationId;
import java.util.Optional;

/** Maps course rows to the domain, and back. */
final class CourseRows {
    private CourseRows() {
    }

    static CoursesRecord toRecord(Course course, long version) {
        CourseDetails d = course.details();
        CoursesRecord r = new CoursesRecord();
        r.setId(course.id().value());
        r.setOrganizationId(course.organizationId().value());
        r.setSlug(d.slug().value());
        r.setTitle(d.title().value());
        r.setDescription(d.description().orElse(null));
        r.setLanguage(d.language().value());
        r.setSourceLanguage(d.sourceLanguage().value());
        r.setCefrLevel(d.cefrLevel().wireName());
        r.setStatus(course.status().wireName());
        r.setPublishedAt(course.publishedAt().orElse(null));
        r.setCreatedAt(course.createdAt());
        r.setUpdatedAt(course.updatedAt());
        r.setVersion(version);
        return r;
    }

    static Course toCourse(CoursesRecord r) {
        CourseDetails details = new CourseDetails(new CourseSlug(r.getSlug()), new Title(r.getTitle()),
                Optional.ofNullable(r.getDescription()), new LanguageTag(r.getLanguage()), new LanguageTag(r.getSourceLanguage()),
                CefrLevel.parse("cefr_level", r.getCefrLevel()));
        return Course.rehydrate(new CourseId(r.getId()), new OrganizationId(r.getOrganizationId()), details,
                CourseStatus.parse("status", r.getStatus()), Optional.ofNullable(r.getPublishedAt()), r.getCreatedAt(),
                r.getUpdatedAt(), r.getVersion());
    }
}

package dev.parley.application.learning;

import dev.parley.application.learning.port.in.CatalogEntry;
import dev.parley.application.learning.port.in.CatalogFilter;
import dev.parley.application.learning.port.in.CatalogQueries;
import dev.parley.application.learning.port.in.CourseFilter;
import dev.parley.application.learning.port.out.CourseRepository;
import dev.parley.application.learning.port.out.LessonRepository;
import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.learning.Course;
import dev.parley.domain.learning.CourseId;
import dev.parley.domain.learning.CourseSlug;
import dev.parley.domain.learning.CourseStatus;
import dev.parley.domain.learning.Lesson;
import dev.parley.domain.shared.NotFound;
import dev.parley.domain.shared.OrganizationId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The public catalogue: an organization's published courses with their lesson outlines, nothing else. */
public final class CatalogService implements CatalogQueries {
    private final CourseRepository courses;
    private final LessonRepository lessons;

    public CatalogService(CourseRepository courses, LessonRepository lessons) {
        this.courses = courses;
        this.lessons = lessons;
    }

    @Override
    public Page<CatalogEntry> list(OrganizationId org, CatalogFilter filter, PageRequest page) {
        Page<Course> published = courses.list(org,
                new CourseFilter(Optional.of(CourseStatus.PUBLISHED), filter.language(), filter.cefrLevel(), Optional.empty()), page);
        Map<CourseId, List<Lesson>> outlines = lessons.listByCourses(org, published.items().stream().map(Course::id).toList())
                .stream().collect(Collectors.groupingBy(Lesson::courseId));
        return published.map(course -> new CatalogEntry(course, outlines.getOrDefault(course.id(), List.of())));
    }

    @Override
    public CatalogEntry get(OrganizationId org, CourseSlug slug) {
        Course course = courses.findBySlug(org, slug).filter(Course::isPublished)
                .orElseThrow(() -> new NotFound("course", slug.value()));
        return new CatalogEntry(course, lessons.listByCourses(org, List.of(course.id())));
    }
}

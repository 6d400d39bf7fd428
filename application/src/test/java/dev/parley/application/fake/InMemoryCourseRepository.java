package dev.parley.application.fake;

import dev.parley.application.learning.port.in.CourseFilter;
import dev.parley.application.learning.port.out.CourseRepository;
import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.learning.Course;
import dev.parley.domain.learning.CourseId;
import dev.parley.domain.learning.CourseSlug;
import dev.parley.domain.shared.Conflict;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.OrganizationId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Courses in a map with the jOOQ adapter's semantics: versions as for rooms, a slug unique per organization, and
 * a deleted course taking its lessons (and theirs) with it, because the fakes below it only see what has a parent.
 */
public final class InMemoryCourseRepository implements CourseRepository {
    private static final Comparator<Course> OLDEST_FIRST = Comparator.comparing(Course::createdAt)
            .thenComparingLong(c -> c.id().value());

    private final Map<CourseId, Course> byId = new LinkedHashMap<>();

    @Override
    public synchronized void save(Course course) {
        Course stored = byId.get(course.id());
        if (course.version() == 0) {
            if (stored != null) {
                throw new IllegalStateException("duplicate course id " + course.id().value());
            }
        } else if (stored == null || !stored.organizationId().equals(course.organizationId()) || stored.version() != course.version()) {
            throw new Conflict("course.concurrent_update",
                    "Course " + course.id().value() + " was changed since it was loaded; reload it and try again.");
        }
        if (byId.values().stream().anyMatch(other -> other.organizationId().equals(course.organizationId())
                && other.details().slug().equals(course.details().slug()) && !other.id().equals(course.id()))) {
            throw new InvalidInput("slug", "has already been taken");
        }
        byId.put(course.id(), copy(course, course.version() + 1));
    }

    @Override
    public synchronized Optional<Course> find(OrganizationId org, CourseId id) {
        return Optional.ofNullable(byId.get(id)).filter(c -> c.organizationId().equals(org)).map(c -> copy(c, c.version()));
    }

    @Override
    public synchronized Optional<Course> findBySlug(OrganizationId org, CourseSlug slug) {
        return byId.values().stream()
                .filter(c -> c.organizationId().equals(org) && c.details().slug().equals(slug))
                .findFirst()
                .map(c -> copy(c, c.version()));
    }

    @Override
    public synchronized Page<Course> list(OrganizationId org, CourseFilter filter, PageRequest page) {
        List<Course> matching = byId.values().stream()
                .filter(c -> c.organizationId().equals(org) && matches(c, filter))
                .sorted(OLDEST_FIRST)
                .toList();
        return new Page<>(matching.stream().skip(page.offset()).limit(page.perPage()).map(c -> copy(c, c.version())).toList(),
                matching.size(), page);
    }

    private static boolean matches(Course course, CourseFilter filter) {
        return filter.status().map(status -> course.status() == status).orElse(true)
                && filter.language().map(language -> course.details().language().equals(language)).orElse(true)
                && filter.cefrLevel().map(level -> course.details().cefrLevel() == level).orElse(true)
                && filter.titleContains().map(text -> lower(course.details().title().value()).contains(lower(text))).orElse(true);
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    @Override
    public synchronized void delete(OrganizationId org, CourseId id) {
        if (find(org, id).isPresent()) {
            byId.remove(id);
        }
    }

    /** Whether the organization has this course, for the lessons' foreign key. */
    synchronized boolean exists(OrganizationId org, CourseId id) {
        Course course = byId.get(id);
        return course != null && course.organizationId().equals(org);
    }

    private static Course copy(Course c, long version) {
        return Course.rehydrate(c.id(), c.organizationId(), c.details(), c.status(), c.publishedAt(), c.createdAt(),
                c.updatedAt(), version);
    }
}

package dev.parley.domain.learning;

import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A language course: what it teaches, to whom, and whether learners can see it yet. */
public final class Course {
    private final CourseId id;
    private final OrganizationId organizationId;
    private final Instant createdAt;
    private final long version;
    private CourseDetails details;
    private CourseStatus status;
    private Optional<Instant> publishedAt;
    private Instant updatedAt;

    private Course(CourseId id, OrganizationId organizationId, CourseDetails details, CourseStatus status,
                   Optional<Instant> publishedAt, Instant createdAt, Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id);
        this.organizationId = Objects.requireNonNull(organizationId);
        this.details = Objects.requireNonNull(details);
        this.status = Objects.requireNonNull(status);
        this.publishedAt = Objects.requireNonNull(publishedAt);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
        this.version = version;
    }

    /** Creates a course as a draft, or straight in another status (publishing it now). */
    public static Course create(CourseId id, OrganizationId organizationId, CourseDetails details, CourseStatus status, Instant now) {
        Course course = new Course(id, organizationId, details, CourseStatus.DRAFT, Optional.empty(), now, now, 0);
        course.changeStatus(status, now);
        return course;
    }

    public static Course rehydrate(CourseId id, OrganizationId organizationId, CourseDetails details, CourseStatus status,
                                   Optional<Instant> publishedAt, Instant createdAt, Instant updatedAt, long version) {
        return new Course(id, organizationId, details, status, publishedAt, createdAt, updatedAt, version);
    }

    public void revise(CourseDetails newDetails, Instant now) {
        if (!newDetails.equals(details)) {
            details = newDetails;
            touch(now);
        }
    }

    /** Moves the course to {@code next}; the first publication is remembered, and a course once published is never a draft again. */
    public void changeStatus(CourseStatus next, Instant now) {
        if (next == status) {
            return;
        }
        if (!status.canBecome(next)) {
            throw new InvalidInput("status", "cannot go from " + status.wireName() + " back to " + next.wireName());
        }
        status = next;
        if (next == CourseStatus.PUBLISHED && publishedAt.isEmpty()) {
            publishedAt = Optional.of(now);
        }
        touch(now);
    }

    public boolean isPublished() {
        return status == CourseStatus.PUBLISHED;
    }

    private void touch(Instant now) {
        if (now.isAfter(updatedAt)) {
            updatedAt = now;
        }
    }

    public CourseId id() { return id; }
    public OrganizationId organizationId() { return organizationId; }
    public CourseDetails details() { return details; }
    public CourseStatus status() { return status; }
    public Optional<Instant> publishedAt() { return publishedAt; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    /** The version this course was loaded at, for optimistic locking. */
    public long version() { return version; }
}

package dev.parley.domain.learning;

import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.Objects;

/** A unit of a course, placed among its siblings by position. */
public final class Lesson {
    private final LessonId id;
    private final OrganizationId organizationId;
    private final Instant createdAt;
    private final long version;
    private CourseId courseId;
    private Title title;
    private Position position;
    private Instant updatedAt;

    private Lesson(LessonId id, OrganizationId organizationId, CourseId courseId, Title title, Position position,
                   Instant createdAt, Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id);
        this.organizationId = Objects.requireNonNull(organizationId);
        this.courseId = Objects.requireNonNull(courseId);
        this.title = Objects.requireNonNull(title);
        this.position = Objects.requireNonNull(position);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
        this.version = version;
    }

    public static Lesson create(LessonId id, OrganizationId organizationId, CourseId courseId, Title title, Position position, Instant now) {
        return new Lesson(id, organizationId, courseId, title, position, now, now, 0);
    }

    public static Lesson rehydrate(LessonId id, OrganizationId organizationId, CourseId courseId, Title title, Position position,
                                   Instant createdAt, Instant updatedAt, long version) {
        return new Lesson(id, organizationId, courseId, title, position, createdAt, updatedAt, version);
    }

    /** Renames, reorders or moves the lesson to another course of the same organization. */
    public void revise(CourseId newCourse, Title newTitle, Position newPosition, Instant now) {
        if (!newCourse.equals(courseId) || !newTitle.equals(title) || !newPosition.equals(position)) {
            courseId = newCourse;
            title = newTitle;
            position = newPosition;
            if (now.isAfter(updatedAt)) {
                updatedAt = now;
            }
        }
    }

    public LessonId id() { return id; }
    public OrganizationId organizationId() { return organizationId; }
    public CourseId courseId() { return courseId; }
    public Title title() { return title; }
    public Position position() { return position; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    /** The version this lesson was loaded at, for optimistic locking. */
    public long version() { return version; }
}

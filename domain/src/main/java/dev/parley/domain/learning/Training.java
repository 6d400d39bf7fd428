package dev.parley.domain.learning;

import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.Objects;

/** A block of exercises in a lesson, such as a practice round or a review. */
public final class Training {
    private final TrainingId id;
    private final OrganizationId organizationId;
    private final Instant createdAt;
    private final long version;
    private LessonId lessonId;
    private Title title;
    private TrainingKind kind;
    private Position position;
    private Instant updatedAt;

    private Training(TrainingId id, OrganizationId organizationId, LessonId lessonId, Title title, TrainingKind kind,
                     Position position, Instant createdAt, Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id);
        this.organizationId = Objects.requireNonNull(organizationId);
        this.lessonId = Objects.requireNonNull(lessonId);
        this.title = Objects.requireNonNull(title);
        this.kind = Objects.requireNonNull(kind);
        this.position = Objects.requireNonNull(position);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
        this.version = version;
    }

    public static Training create(TrainingId id, OrganizationId organizationId, LessonId lessonId, Title title, TrainingKind kind,
                                  Position position, Instant now) {
        return new Training(id, organizationId, lessonId, title, kind, position, now, now, 0);
    }

    public static Training rehydrate(TrainingId id, OrganizationId organizationId, LessonId lessonId, Title title, TrainingKind kind,
                                     Position position, Instant createdAt, Instant updatedAt, long version) {
        return new Training(id, organizationId, lessonId, title, kind, position, createdAt, updatedAt, version);
    }

    /** Renames, reorders or moves the training to another lesson of the same organization. */
    public void revise(LessonId newLesson, Title newTitle, TrainingKind newKind, Position newPosition, Instant now) {
        if (!newLesson.equals(lessonId) || !newTitle.equals(title) || !newKind.equals(kind) || !newPosition.equals(position)) {
            lessonId = newLesson;
            title = newTitle;
            kind = newKind;
            position = newPosition;
            if (now.isAfter(updatedAt)) {
                updatedAt = now;
            }
        }
    }

    public TrainingId id() { return id; }
    public OrganizationId organizationId() { return organizationId; }
    public LessonId lessonId() { return lessonId; }
    public Title title() { return title; }
    public TrainingKind kind() { return kind; }
    public Position position() { return position; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    /** The version this training was loaded at, for optimistic locking. */
    public long version() { return version; }
}

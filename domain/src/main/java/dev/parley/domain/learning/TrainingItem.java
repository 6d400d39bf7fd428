package dev.parley.domain.learning;

import dev.parley.domain.learning.exercise.Exercise;
import dev.parley.domain.learning.exercise.Grade;
import dev.parley.domain.learning.exercise.ItemAnswer;
import dev.parley.domain.learning.exercise.ItemType;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.Objects;

/** One exercise in a training: what it trains, at which level, what it is worth, and how answers to it are graded. */
public final class TrainingItem {
    private final TrainingItemId id;
    private final OrganizationId organizationId;
    private final Instant createdAt;
    private final long version;
    private TrainingId trainingId;
    private ItemSettings settings;
    private Position position;
    private Instant updatedAt;

    private TrainingItem(TrainingItemId id, OrganizationId organizationId, TrainingId trainingId, ItemSettings settings,
                         Position position, Instant createdAt, Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id);
        this.organizationId = Objects.requireNonNull(organizationId);
        this.trainingId = Objects.requireNonNull(trainingId);
        this.settings = Objects.requireNonNull(settings);
        this.position = Objects.requireNonNull(position);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
        this.version = version;
    }

    public static TrainingItem create(TrainingItemId id, OrganizationId organizationId, TrainingId trainingId,
                                      ItemSettings settings, Position position, Instant now) {
        return new TrainingItem(id, organizationId, trainingId, settings, position, now, now, 0);
    }

    public static TrainingItem rehydrate(TrainingItemId id, OrganizationId organizationId, TrainingId trainingId,
                                         ItemSettings settings, Position position, Instant createdAt, Instant updatedAt,
                                         long version) {
        return new TrainingItem(id, organizationId, trainingId, settings, position, createdAt, updatedAt, version);
    }

    /** Rewrites, reorders or moves the item to another training of the same organization. */
    public void revise(TrainingId newTraining, ItemSettings newSettings, Position newPosition, Instant now) {
        if (!newTraining.equals(trainingId) || !newSettings.equals(settings) || !newPosition.equals(position)) {
            trainingId = newTraining;
            settings = newSettings;
            position = newPosition;
            if (now.isAfter(updatedAt)) {
                updatedAt = now;
            }
        }
    }

    /** Grades a learner's answer to this item. */
    public Grade grade(ItemAnswer answer) {
        return settings.exercise().grade(answer);
    }

    public ItemType type() { return settings.exercise().type(); }
    public boolean selfScored() { return settings.exercise().selfScored(); }
    public Exercise exercise() { return settings.exercise(); }
    public Skill skill() { return settings.skill(); }
    public CefrLevel cefrLevel() { return settings.cefrLevel(); }
    public Xp xp() { return settings.xp(); }

    public TrainingItemId id() { return id; }
    public OrganizationId organizationId() { return organizationId; }
    public TrainingId trainingId() { return trainingId; }
    public ItemSettings settings() { return settings; }
    public Position position() { return position; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    /** The version this item was loaded at, for optimistic locking. */
    public long version() { return version; }
}

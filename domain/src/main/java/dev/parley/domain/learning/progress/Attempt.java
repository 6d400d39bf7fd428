package dev.parley.domain.learning.progress;

import dev.parley.domain.learning.CefrLevel;
import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.learning.Skill;
import dev.parley.domain.learning.TrainingItem;
import dev.parley.domain.learning.TrainingItemId;
import dev.parley.domain.learning.exercise.Grade;
import dev.parley.domain.learning.exercise.ItemAnswer;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.Objects;

/**
 * One graded answer of a learner to an item, with the item's skill and level at the time. The answer completes the item
 * when it is right, or, for a self-scored item, whenever it is given, unless the item was completed before; the item's XP
 * is awarded with its completion, so once per item.
 */
public record Attempt(AttemptId id, OrganizationId organizationId, LearnerId learner, TrainingItemId item, Skill skill,
                      CefrLevel cefrLevel, ItemAnswer answer, Grade grade, int xpAwarded, long durationMs, Instant at,
                      boolean completedItem) {
    public Attempt {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(cefrLevel, "cefrLevel");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(at, "at");
        requireDuration(durationMs);
        if (xpAwarded < 0 || xpAwarded > AttemptFact.MAX_XP || (xpAwarded > 0 && !completedItem)) {
            throw new IllegalArgumentException("XP is awarded only with the item's completion: " + xpAwarded);
        }
    }

    /** Grades {@code answer} to {@code item}; {@code alreadyCompleted} tells whether an earlier attempt completed the item. */
    public static Attempt grade(AttemptId id, LearnerId learner, TrainingItem item, ItemAnswer answer, long durationMs,
                                boolean alreadyCompleted, Instant at) {
        requireDuration(durationMs);
        Grade grade = item.grade(answer);
        boolean completes = !alreadyCompleted && (grade.correct() || item.selfScored());
        return new Attempt(id, item.organizationId(), learner, item.id(), item.skill(), item.cefrLevel(), answer, grade,
                completes ? item.xp().value() : 0, durationMs, at, completes);
    }

    private static void requireDuration(long durationMs) {
        if (durationMs < 0 || durationMs > AttemptFact.MAX_DURATION_MS) {
            throw new InvalidInput("duration_ms", "must be 0-" + AttemptFact.MAX_DURATION_MS);
        }
    }

    public boolean correct() {
        return grade.correct();
    }

    /** What this attempt adds to the learner's totals. */
    public Activity activity() {
        return new Activity(at, xpAwarded, durationMs, grade.correct(), completedItem);
    }

    /** This attempt as the progress math reads it. */
    public AttemptFact fact() {
        return new AttemptFact(skill, cefrLevel, grade.correct(), grade.score(), xpAwarded, durationMs, at, item.value());
    }
}

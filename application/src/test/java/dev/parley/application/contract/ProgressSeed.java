package dev.parley.application.contract;

import static dev.parley.application.contract.Seed.T0;

import dev.parley.domain.identity.Role;
import dev.parley.domain.learning.CefrLevel;
import dev.parley.domain.learning.CourseId;
import dev.parley.domain.learning.CourseStatus;
import dev.parley.domain.learning.ItemSettings;
import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.learning.LessonId;
import dev.parley.domain.learning.Position;
import dev.parley.domain.learning.Skill;
import dev.parley.domain.learning.TrainingId;
import dev.parley.domain.learning.TrainingItem;
import dev.parley.domain.learning.TrainingItemId;
import dev.parley.domain.learning.Xp;
import dev.parley.domain.learning.exercise.ItemAnswer;
import dev.parley.domain.learning.exercise.ItemType;
import dev.parley.domain.learning.progress.Attempt;
import dev.parley.domain.learning.progress.AttemptId;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** Stores the learners and content the progress contract suites start from, and builds attempts for them. */
public final class ProgressSeed {
    private final Adapters adapters;
    private final Seed seed;
    private final AtomicLong attemptIds = new AtomicLong(1);

    public ProgressSeed(Adapters adapters) {
        this.adapters = adapters;
        this.seed = new Seed(adapters);
    }

    public OrganizationId organization(long id, String slug) {
        return seed.organization(id, slug);
    }

    /** A learner: a person of the organization with the learner role. */
    public LearnerId learner(OrganizationId org, long id) {
        seed.user(org, id, "learner" + id + "@example.com", Role.LEARNER);
        return new LearnerId(id);
    }

    public CourseId course(OrganizationId org, long id, CourseStatus status) {
        adapters.courses().save(LearningSeed.course(org, id, LearningSeed.details("course-" + id, "Course " + id, "en", CefrLevel.A1),
                status, T0));
        return new CourseId(id);
    }

    public LessonId lesson(OrganizationId org, long id, CourseId course, int position) {
        adapters.lessons().save(LearningSeed.lesson(org, id, course, position, T0));
        return new LessonId(id);
    }

    public TrainingId training(OrganizationId org, long id, LessonId lesson, int position) {
        adapters.trainings().save(LearningSeed.training(org, id, lesson, position, T0));
        return new TrainingId(id);
    }

    /** A multiple-choice item (the second choice is right) training {@code skill} at {@code level}, worth 15 XP. */
    public TrainingItem item(OrganizationId org, long id, TrainingId training, int position, Skill skill, CefrLevel level) {
        TrainingItem item = TrainingItem.create(new TrainingItemId(id), org, training,
                new ItemSettings(LearningSeed.EXERCISES.get(ItemType.MULTIPLE_CHOICE), skill, level, new Xp(15)), new Position(position), T0);
        adapters.trainingItems().save(item);
        return item;
    }

    public TrainingItem item(OrganizationId org, long id, TrainingId training, int position) {
        return item(org, id, training, position, Skill.VOCABULARY, CefrLevel.A2);
    }

    /** An unsaved attempt at {@code item}, right or wrong, completing it when right unless completed already. */
    public Attempt attempt(LearnerId learner, TrainingItem item, boolean right, boolean alreadyCompleted, long durationMs, Instant at) {
        return Attempt.grade(new AttemptId(attemptIds.getAndIncrement()), learner, item, new ItemAnswer.MultipleChoice(right ? 1 : 0),
                durationMs, alreadyCompleted, at);
    }
}

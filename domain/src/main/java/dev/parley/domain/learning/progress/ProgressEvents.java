package dev.parley.domain.learning.progress;

import dev.parley.domain.learning.CefrLevel;
import dev.parley.domain.learning.CourseId;
import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.learning.LessonId;
import dev.parley.domain.learning.Skill;
import dev.parley.domain.learning.TrainingId;
import dev.parley.domain.shared.DomainEvent;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The events a learner's progress records; ids are the integers the b2b surface shows, the learner as {@code user_id}. */
public final class ProgressEvents {
    private ProgressEvents() {
    }

    private static Map<String, Object> data(LearnerId learner, Object... keysAndValues) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("user_id", learner.value());
        for (int i = 0; i < keysAndValues.length; i += 2) {
            data.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return data;
    }

    /** A learner was active in a course for the first time. */
    public record LearnerEnrolled(OrganizationId organizationId, LearnerId learner, CourseId course, Instant occurredAt)
            implements DomainEvent {
        public String type() { return "learner.enrolled"; }
        public Map<String, Object> data() { return ProgressEvents.data(learner, "course_id", course.value()); }
    }

    /** A learner completed every item of a training. */
    public record TrainingCompleted(OrganizationId organizationId, LearnerId learner, CourseId course, LessonId lesson,
                                    TrainingId training, Instant occurredAt) implements DomainEvent {
        public String type() { return "training.completed"; }
        public Map<String, Object> data() {
            return ProgressEvents.data(learner, "course_id", course.value(), "lesson_id", lesson.value(), "training_id", training.value());
        }
    }

    /** A learner completed every training of a lesson; perfect when every item was right at the first attempt. */
    public record LessonCompleted(OrganizationId organizationId, LearnerId learner, CourseId course, LessonId lesson, boolean perfect,
                                  Instant occurredAt) implements DomainEvent {
        public String type() { return "lesson.completed"; }
        public Map<String, Object> data() {
            return ProgressEvents.data(learner, "course_id", course.value(), "lesson_id", lesson.value(), "perfect", perfect);
        }
    }

    /** A learner completed every lesson of a course. */
    public record CourseCompleted(OrganizationId organizationId, LearnerId learner, CourseId course, Instant occurredAt)
            implements DomainEvent {
        public String type() { return "course.completed"; }
        public Map<String, Object> data() { return ProgressEvents.data(learner, "course_id", course.value()); }
    }

    /** A learner unlocked an achievement; {@code occurredAt} is when its condition first held. */
    public record AchievementUnlocked(OrganizationId organizationId, LearnerId learner, Achievement achievement, Instant occurredAt)
            implements DomainEvent {
        public String type() { return "achievement.unlocked"; }
        public Map<String, Object> data() { return ProgressEvents.data(learner, "achievement", achievement.wireName()); }
    }

    /** A learner's estimated level changed in one skill, or overall when {@code skill} is empty; empty levels mean no estimate. */
    public record CefrLevelChanged(OrganizationId organizationId, LearnerId learner, Optional<Skill> skill, Optional<CefrLevel> from,
                                   Optional<CefrLevel> to, Instant occurredAt) implements DomainEvent {
        public String type() { return "cefr.level_changed"; }
        public Map<String, Object> data() {
            return ProgressEvents.data(learner, "skill", skill.map(Skill::wireName).orElse(null),
                    "from", from.map(CefrLevel::wireName).orElse(null), "to", to.map(CefrLevel::wireName).orElse(null));
        }
    }
}

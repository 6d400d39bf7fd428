package dev.parley.application.learning;

import dev.parley.application.learning.port.out.AchievementRepository;
import dev.parley.application.learning.port.out.AttemptRepository;
import dev.parley.application.learning.port.out.CompletionRepository;
import dev.parley.application.learning.port.out.CourseOutlineRepository;
import dev.parley.application.learning.port.out.LearnerActivityRepository;
import dev.parley.application.learning.port.out.LearnerDirectory;
import java.util.Objects;

/** The out-ports a learner's progress is kept in, handed to the progress services together. */
public record LearningProgressPorts(LearnerDirectory learners, CourseOutlineRepository outlines, AttemptRepository attempts,
                                    LearnerActivityRepository activity, CompletionRepository completions,
                                    AchievementRepository achievements) {
    public LearningProgressPorts {
        Objects.requireNonNull(learners, "learners");
        Objects.requireNonNull(outlines, "outlines");
        Objects.requireNonNull(attempts, "attempts");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(completions, "completions");
        Objects.requireNonNull(achievements, "achievements");
    }
}

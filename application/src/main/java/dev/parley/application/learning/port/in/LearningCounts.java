package dev.parley.application.learning.port.in;

/**
 * An organization's learning in numbers: people with the learner role, courses (of any status, and published ones),
 * lessons, enrolments, completed trainings, lessons and courses, and every attempt, right answer and XP point.
 */
public record LearningCounts(long learners, long courses, long publishedCourses, long lessons, long enrollments,
                             long trainingCompletions, long lessonCompletions, long courseCompletions, long attempts,
                             long correctAttempts, long totalXp) {
    public LearningCounts {
        if (correctAttempts > attempts) {
            throw new IllegalArgumentException("correct attempts " + correctAttempts + " exceed attempts " + attempts);
        }
    }
}

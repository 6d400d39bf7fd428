package dev.parley.adapter.http.b2b.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** An organization's learning in numbers. */
@JsonPropertyOrder({"learners", "active_learners_7d", "active_learners_30d", "courses", "published_courses", "lessons", "enrollments",
        "completions", "attempts", "correct_attempts", "accuracy", "total_xp"})
public record StatsResponse(long learners, @JsonProperty("active_learners_7d") long activeLearners7d,
                            @JsonProperty("active_learners_30d") long activeLearners30d, long courses,
                            @JsonProperty("published_courses") long publishedCourses, long lessons, long enrollments,
                            Completions completions, long attempts, @JsonProperty("correct_attempts") long correctAttempts,
                            double accuracy, @JsonProperty("total_xp") long totalXp) {
    /** Completed trainings, lessons and courses, one per learner each. */
    @JsonPropertyOrder({"trainings", "lessons", "courses"})
    public record Completions(long trainings, long lessons, long courses) {
    }
}

package dev.parley.application.learning;

import dev.parley.application.learning.port.in.CourseReference;
import dev.parley.application.learning.port.out.CourseRepository;
import dev.parley.application.learning.port.out.LessonRepository;
import dev.parley.application.learning.port.out.TrainingItemRepository;
import dev.parley.application.learning.port.out.TrainingRepository;
import dev.parley.domain.learning.Course;
import dev.parley.domain.learning.CourseId;
import dev.parley.domain.learning.Lesson;
import dev.parley.domain.learning.LessonId;
import dev.parley.domain.learning.Training;
import dev.parley.domain.learning.TrainingId;
import dev.parley.domain.learning.TrainingItem;
import dev.parley.domain.learning.TrainingItemId;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.NotFound;
import dev.parley.domain.shared.OrganizationId;
import java.util.Optional;

/**
 * Loads content of the caller's organization: a missing resource addressed by the request is not found, a missing
 * parent named in a request body is invalid input on its field.
 */
final class ContentLookup {
    private ContentLookup() {
    }

    static Course course(CourseRepository courses, OrganizationId org, CourseReference reference) {
        return reference.id().flatMap(id -> courses.find(org, id))
                .or(() -> reference.slug().flatMap(slug -> courses.findBySlug(org, slug)))
                .orElseThrow(() -> new NotFound("course", reference.describe()));
    }

    static Lesson lesson(LessonRepository lessons, OrganizationId org, LessonId id) {
        return lessons.find(org, id).orElseThrow(() -> new NotFound("lesson", id.value()));
    }

    static Training training(TrainingRepository trainings, OrganizationId org, TrainingId id) {
        return trainings.find(org, id).orElseThrow(() -> new NotFound("training", id.value()));
    }

    static TrainingItem item(TrainingItemRepository items, OrganizationId org, TrainingItemId id) {
        return items.find(org, id).orElseThrow(() -> new NotFound("training_item", id.value()));
    }

    static void requireParentCourse(CourseRepository courses, OrganizationId org, CourseId id) {
        if (courses.find(org, id).isEmpty()) {
            throw new InvalidInput("course_id", "is not a course of this organization");
        }
    }

    static void requireParentLesson(LessonRepository lessons, OrganizationId org, LessonId id) {
        if (lessons.find(org, id).isEmpty()) {
            throw new InvalidInput("lesson_id", "is not a lesson of this organization");
        }
    }

    static void requireParentTraining(TrainingRepository trainings, OrganizationId org, TrainingId id) {
        if (trainings.find(org, id).isEmpty()) {
            throw new InvalidInput("training_id", "is not a training of this organization");
        }
    }

    static <T> T required(String field, Optional<T> value) {
        return value.orElseThrow(() -> new InvalidInput(field, "is required"));
    }
}

package dev.parley.application.learning.port.in;

import dev.parley.domain.learning.Lesson;
import dev.parley.domain.learning.LessonId;
import dev.parley.domain.shared.OrganizationId;

/** Creates, changes, moves and deletes lessons. */
public interface LessonUseCase {
    /** Creates a lesson; the course and title are required, and without a position it goes last. */
    Lesson create(OrganizationId org, LessonDraft draft);

    Lesson update(OrganizationId org, LessonId id, LessonDraft changes);

    /** Deletes the lesson with its trainings and items. */
    void delete(OrganizationId org, LessonId id);
}

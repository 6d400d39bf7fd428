package dev.parley.application.learning.port.out;

import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.learning.LessonId;
import dev.parley.domain.learning.Training;
import dev.parley.domain.learning.TrainingId;
import dev.parley.domain.shared.OrganizationId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stores trainings, scoped by organization; siblings are ordered by position, then creation, then id. */
public interface TrainingRepository {
    /**
     * Stores a new training or the changes to a loaded one; a concurrent change since loading is a {@code Conflict},
     * and a lesson that is not the organization's is an {@code InvalidInput} on {@code lesson_id}.
     */
    void save(Training training);

    Optional<Training> find(OrganizationId org, TrainingId id);

    /** A page of the organization's trainings, of one lesson when given, grouped by lesson and in order. */
    Page<Training> list(OrganizationId org, Optional<LessonId> lesson, PageRequest page);

    /** Every training of these lessons, in order. */
    List<Training> listByLessons(OrganizationId org, Collection<LessonId> lessons);

    /** The highest position taken in the lesson, 0 when it has no trainings. */
    int lastPosition(OrganizationId org, LessonId lesson);

    /** Removes the training with its items. */
    void delete(OrganizationId org, TrainingId id);
}

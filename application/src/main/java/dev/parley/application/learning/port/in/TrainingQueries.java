package dev.parley.application.learning.port.in;

import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.learning.LessonId;
import dev.parley.domain.learning.TrainingId;
import dev.parley.domain.shared.OrganizationId;
import java.util.Optional;

/** Reads an organization's trainings with their item counts. */
public interface TrainingQueries {
    Page<TrainingView> list(OrganizationId org, Optional<LessonId> lesson, PageRequest page);

    TrainingView get(OrganizationId org, TrainingId id);
}

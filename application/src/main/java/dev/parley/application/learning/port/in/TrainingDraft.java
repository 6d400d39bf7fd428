package dev.parley.application.learning.port.in;

import dev.parley.domain.learning.LessonId;
import dev.parley.domain.learning.Position;
import dev.parley.domain.learning.Title;
import dev.parley.domain.learning.TrainingKind;
import java.util.Optional;

/** Training fields to set; an absent field keeps its value, and an absent position appends to the (new) lesson. */
public record TrainingDraft(Optional<LessonId> lesson, Optional<Title> title, Optional<TrainingKind> kind,
                            Optional<Position> position) {
}

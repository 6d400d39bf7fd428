package dev.parley.application.learning.port.in;

import dev.parley.domain.learning.CourseId;
import dev.parley.domain.learning.Position;
import dev.parley.domain.learning.Title;
import java.util.Optional;

/** Lesson fields to set; an absent field keeps its value, and an absent position appends to the (new) course. */
public record LessonDraft(Optional<CourseId> course, Optional<Title> title, Optional<Position> position) {
}

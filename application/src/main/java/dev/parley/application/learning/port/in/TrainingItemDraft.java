package dev.parley.application.learning.port.in;

import dev.parley.domain.learning.CefrLevel;
import dev.parley.domain.learning.Position;
import dev.parley.domain.learning.Skill;
import dev.parley.domain.learning.TrainingId;
import dev.parley.domain.learning.Xp;
import dev.parley.domain.learning.exercise.ItemType;
import java.util.Optional;

/**
 * Item fields to set; an absent field keeps its value (or its default: 10 xp, appended). Content and solution are
 * plain data (maps, lists, strings, numbers, booleans) for the item's type to read.
 */
public record TrainingItemDraft(Optional<TrainingId> training, Optional<ItemType> type, Optional<Object> content,
                                Optional<Object> solution, Optional<Skill> skill, Optional<CefrLevel> cefrLevel,
                                Optional<Xp> xp, Optional<Position> position) {
}

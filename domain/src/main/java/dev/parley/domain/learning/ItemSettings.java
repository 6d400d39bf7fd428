package dev.parley.domain.learning;

import dev.parley.domain.learning.exercise.Exercise;
import dev.parley.domain.shared.InvalidInput;

/** What an author sets on a training item: the exercise itself, the skill it trains, its level and its worth. */
public record ItemSettings(Exercise exercise, Skill skill, CefrLevel cefrLevel, Xp xp) {
    public ItemSettings {
        InvalidInput.required("content", exercise);
        InvalidInput.required("skill", skill);
        InvalidInput.required("cefr_level", cefrLevel);
        InvalidInput.required("xp", xp);
    }
}

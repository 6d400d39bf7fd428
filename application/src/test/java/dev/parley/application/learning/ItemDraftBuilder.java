package dev.parley.application.learning;

import dev.parley.application.learning.port.in.TrainingItemDraft;
import dev.parley.domain.learning.CefrLevel;
import dev.parley.domain.learning.Position;
import dev.parley.domain.learning.Skill;
import dev.parley.domain.learning.TrainingId;
import dev.parley.domain.learning.Xp;
import dev.parley.domain.learning.exercise.ItemType;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds a {@link TrainingItemDraft} with only the fields a test sets. */
final class ItemDraftBuilder {
    static final Map<String, Object> CHOICES = Map.of("prompt", "「犬」は英語で?", "choices", List.of("cat", "dog", "bird"));

    private Optional<TrainingId> training = Optional.empty();
    private Optional<ItemType> type = Optional.empty();
    private Optional<Object> content = Optional.empty();
    private Optional<Object> solution = Optional.empty();
    private Optional<Skill> skill = Optional.empty();
    private Optional<CefrLevel> cefrLevel = Optional.empty();
    private Optional<Xp> xp = Optional.empty();
    private Optional<Position> position = Optional.empty();

    static ItemDraftBuilder draft() {
        return new ItemDraftBuilder();
    }

    /** A complete multiple-choice item in this training whose answer is "dog". */
    static ItemDraftBuilder multipleChoice(TrainingId training) {
        return draft().training(training).type(ItemType.MULTIPLE_CHOICE).content(CHOICES).solution(Map.of("correct_index", 1))
                .skill(Skill.VOCABULARY).cefrLevel(CefrLevel.A1);
    }

    ItemDraftBuilder training(TrainingId value) { training = Optional.of(value); return this; }
    ItemDraftBuilder noTraining() { training = Optional.empty(); return this; }
    ItemDraftBuilder noSolution() { solution = Optional.empty(); return this; }
    ItemDraftBuilder type(ItemType value) { type = Optional.of(value); return this; }
    ItemDraftBuilder content(Object value) { content = Optional.of(value); return this; }
    ItemDraftBuilder solution(Object value) { solution = Optional.of(value); return this; }
    ItemDraftBuilder skill(Skill value) { skill = Optional.of(value); return this; }
    ItemDraftBuilder cefrLevel(CefrLevel value) { cefrLevel = Optional.of(value); return this; }
    ItemDraftBuilder xp(int value) { xp = Optional.of(new Xp(value)); return this; }
    ItemDraftBuilder position(int value) { position = Optional.of(new Position(value)); return this; }

    TrainingItemDraft build() {
        return new TrainingItemDraft(training, type, content, solution, skill, cefrLevel, xp, position);
    }
}

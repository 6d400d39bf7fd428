package dev.parley.domain.learning.progress;

import dev.parley.domain.learning.exercise.ItemContent;
import dev.parley.domain.shared.InvalidInput;
import java.util.Optional;

/**
 * The text that stands for an item when it is listed back to a learner: its prompt, or the front of a flashcard; none
 * for matching pairs, which have no single text. Never anything of the solution.
 */
public final class ItemPrompt {
    private ItemPrompt() {
    }

    public static Optional<String> of(ItemContent content) {
        InvalidInput.required("content", content);
        return switch (content) {
            case ItemContent.MultipleChoice c -> Optional.of(c.prompt());
            case ItemContent.FillBlank c -> Optional.of(c.prompt());
            case ItemContent.Translate c -> Optional.of(c.prompt());
            case ItemContent.ListenSelect c -> Optional.of(c.prompt());
            case ItemContent.Flashcard c -> Optional.of(c.front());
            case ItemContent.SpeakRepeat c -> Optional.of(c.prompt());
            case ItemContent.FreeText c -> Optional.of(c.prompt());
            case ItemContent.MatchPairs c -> Optional.empty();
        };
    }
}

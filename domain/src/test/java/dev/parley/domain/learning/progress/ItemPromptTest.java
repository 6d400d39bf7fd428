package dev.parley.domain.learning.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.learning.exercise.Exercise;
import dev.parley.domain.learning.exercise.ItemType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ItemPromptTest {
    @Test
    void anItemIsShownByItsPromptOrTheFrontOfItsCard() {
        assertThat(ItemPrompt.of(Exercise.parse(ItemType.MULTIPLE_CHOICE, Map.of("prompt", "「犬」は英語で?", "choices", List.of("cat", "dog")),
                Map.of("correct_index", 1)).content())).contains("「犬」は英語で?");
        assertThat(ItemPrompt.of(Exercise.parse(ItemType.FILL_BLANK, Map.of("prompt", "I ___ a student."),
                Map.of("accepted", List.of("am"))).content())).contains("I ___ a student.");
        assertThat(ItemPrompt.of(Exercise.parse(ItemType.TRANSLATE, Map.of("prompt", "おはよう"),
                Map.of("accepted", List.of("Good morning"))).content())).contains("おはよう");
        assertThat(ItemPrompt.of(Exercise.parse(ItemType.LISTEN_SELECT, Map.of("prompt", "What did you hear?", "choices",
                List.of("hashi", "hashi?"), "audio_url", "https://cdn.example.com/a.mp3"), Map.of("correct_index", 0)).content()))
                .contains("What did you hear?");
        assertThat(ItemPrompt.of(Exercise.parse(ItemType.SPEAK_REPEAT, Map.of("prompt", "Repeat: すみません"), null).content()))
                .contains("Repeat: すみません");
        assertThat(ItemPrompt.of(Exercise.parse(ItemType.FREE_TEXT, Map.of("prompt", "Describe your town."), null).content()))
                .contains("Describe your town.");
    }

    @Test
    void aFlashcardShowsItsFrontAndNeverItsBackAndMatchingPairsHaveNoPrompt() {
        assertThat(ItemPrompt.of(Exercise.parse(ItemType.FLASHCARD, Map.of("front", "ありがとう", "back", "Thank you"), null).content()))
                .contains("ありがとう");
        assertThat(ItemPrompt.of(Exercise.parse(ItemType.MATCH_PAIRS, Map.of("left", List.of("dog", "cat"), "right", List.of("猫", "犬")),
                Map.of("pairs", List.of(List.of(0, 1), List.of(1, 0)))).content())).isEmpty();
    }
}

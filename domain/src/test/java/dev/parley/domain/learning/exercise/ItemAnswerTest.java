package dev.parley.domain.learning.exercise;

import static dev.parley.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Example;

class ItemAnswerTest {

    @Example
    void everyTypeReadsItsAnswerShape() {
        assertThat(ItemAnswer.parse(ItemType.MULTIPLE_CHOICE, Map.of("choice_index", 2))).isEqualTo(new ItemAnswer.MultipleChoice(2));
        assertThat(ItemAnswer.parse(ItemType.LISTEN_SELECT, Map.of("choice_index", 0))).isEqualTo(new ItemAnswer.ListenSelect(0));
        assertThat(ItemAnswer.parse(ItemType.FILL_BLANK, Map.of("text", " am "))).isEqualTo(new ItemAnswer.FillBlank(" am "));
        assertThat(ItemAnswer.parse(ItemType.TRANSLATE, Map.of("text", ""))).isEqualTo(new ItemAnswer.Translate(""));
        assertThat(ItemAnswer.parse(ItemType.MATCH_PAIRS, Map.of("pairs", List.of(List.of(1, 0)))))
                .isEqualTo(new ItemAnswer.MatchPairs(List.of(new IndexPair(1, 0))));
        assertThat(ItemAnswer.parse(ItemType.FLASHCARD, Map.of("known", false))).isEqualTo(new ItemAnswer.Flashcard(false));
        assertThat(ItemAnswer.parse(ItemType.SPEAK_REPEAT, Map.of("text", "arigatou", "self_score", 1)))
                .isEqualTo(new ItemAnswer.SpeakRepeat("arigatou", 1.0));
        assertThat(ItemAnswer.parse(ItemType.FREE_TEXT, Map.of("text", "My town is small.", "self_score", 0.25)))
                .isEqualTo(new ItemAnswer.FreeText("My town is small.", 0.25));
    }

    @Example
    void answersReadBackFromTheirOwnPlainData() {
        List<ItemAnswer> answers = List.of(new ItemAnswer.MultipleChoice(1), new ItemAnswer.ListenSelect(3),
                new ItemAnswer.FillBlank("am"), new ItemAnswer.Translate("Good morning"),
                new ItemAnswer.MatchPairs(List.of(new IndexPair(0, 1), new IndexPair(1, 0))), new ItemAnswer.Flashcard(true),
                new ItemAnswer.SpeakRepeat("", 0.5), new ItemAnswer.FreeText("text", 0.75));

        for (ItemAnswer answer : answers) {
            assertThat(ItemAnswer.parse(answer.type(), answer.toData())).isEqualTo(answer);
        }
    }

    @Example
    void invalidAnswersNameTheirField() {
        assertRefused("answer", () -> ItemAnswer.parse(ItemType.FLASHCARD, null));
        assertRefused("answer", () -> ItemAnswer.parse(ItemType.FLASHCARD, true));
        assertRefused("answer.known", () -> ItemAnswer.parse(ItemType.FLASHCARD, Map.of("known", "yes")));
        assertRefused("answer.known", () -> ItemAnswer.parse(ItemType.FLASHCARD, Map.of()));
        assertRefused("answer.choice_index", () -> ItemAnswer.parse(ItemType.MULTIPLE_CHOICE, Map.of("choice_index", -1)));
        assertRefused("answer.choice_index", () -> ItemAnswer.parse(ItemType.LISTEN_SELECT, Map.of("choice_index", 0.5)));
        assertRefused("answer.text", () -> ItemAnswer.parse(ItemType.FILL_BLANK, Map.of()));
        assertRefused("answer.text", () -> ItemAnswer.parse(ItemType.TRANSLATE, Map.of("text", "t".repeat(2001))));
        assertRefused("answer.pairs", () -> ItemAnswer.parse(ItemType.MATCH_PAIRS, Map.of("pairs", List.of(List.of(0, 0), List.of(0, 1)))));
        assertRefused("answer.pairs", () -> ItemAnswer.parse(ItemType.MATCH_PAIRS, Map.of("pairs", List.of(List.of(0, 1), List.of(1, 1)))));
        assertRefused("answer.pairs", () -> ItemAnswer.parse(ItemType.MATCH_PAIRS, Map.of("pairs", List.of(List.of(0, -1)))));
        assertRefused("answer.self_score", () -> ItemAnswer.parse(ItemType.SPEAK_REPEAT, Map.of("text", "", "self_score", 1.01)));
        assertRefused("answer.self_score", () -> ItemAnswer.parse(ItemType.FREE_TEXT, Map.of("text", "", "self_score", -0.1)));
        assertRefused("answer.self_score", () -> ItemAnswer.parse(ItemType.FREE_TEXT, Map.of("text", "")));
        assertRefused("answer.self_score", () -> ItemAnswer.parse(ItemType.FREE_TEXT, Map.of("text", "", "self_score", Double.NaN)));
        assertRefused("answer.text", () -> ItemAnswer.parse(ItemType.SPEAK_REPEAT, Map.of("self_score", 0.5)));
    }
}

package dev.parley.domain.learning.exercise;

import static dev.parley.domain.learning.exercise.ExerciseText.MAX_ANSWER;

import dev.parley.domain.shared.InvalidInput;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a learner answered to an exercise, one record per item type. */
public sealed interface ItemAnswer {
    ItemType type();

    /** As plain data, the way an API takes it. */
    Map<String, Object> toData();

    /** Reads an answer to an item of {@code type} from plain data; errors name fields such as {@code answer.text}. */
    static ItemAnswer parse(ItemType type, Object raw) {
        PlainData data = PlainData.object("answer", raw);
        return switch (type) {
            case MULTIPLE_CHOICE -> new MultipleChoice(data.requiredInteger("choice_index"));
            case LISTEN_SELECT -> new ListenSelect(data.requiredInteger("choice_index"));
            case FILL_BLANK -> new FillBlank(data.text("text"));
            case TRANSLATE -> new Translate(data.text("text"));
            case MATCH_PAIRS -> new MatchPairs(data.pairs("pairs"));
            case FLASHCARD -> new Flashcard(data.requiredBool("known"));
            case SPEAK_REPEAT -> new SpeakRepeat(data.text("text"), data.requiredNumber("self_score"));
            case FREE_TEXT -> new FreeText(data.text("text"), data.requiredNumber("self_score"));
        };
    }

    private static int checkedChoice(int index) {
        if (index < 0) {
            throw new InvalidInput("answer.choice_index", "must be at least 0");
        }
        return index;
    }

    private static String checkedText(String text) {
        InvalidInput.required("answer.text", text);
        if (text.codePointCount(0, text.length()) > MAX_ANSWER) {
            throw new InvalidInput("answer.text", "must be at most " + MAX_ANSWER + " characters");
        }
        return text;
    }

    private static double checkedSelfScore(double score) {
        if (!(score >= 0 && score <= 1)) {
            throw new InvalidInput("answer.self_score", "must be between 0 and 1");
        }
        return score;
    }

    /** The chosen choice's index. */
    record MultipleChoice(int choiceIndex) implements ItemAnswer {
        public MultipleChoice {
            choiceIndex = checkedChoice(choiceIndex);
        }

        public ItemType type() { return ItemType.MULTIPLE_CHOICE; }
        public Map<String, Object> toData() { return Map.of("choice_index", choiceIndex); }
    }

    /** The index of the choice picked after listening. */
    record ListenSelect(int choiceIndex) implements ItemAnswer {
        public ListenSelect {
            choiceIndex = checkedChoice(choiceIndex);
        }

        public ItemType type() { return ItemType.LISTEN_SELECT; }
        public Map<String, Object> toData() { return Map.of("choice_index", choiceIndex); }
    }

    /** The text written into the gap. */
    record FillBlank(String text) implements ItemAnswer {
        public FillBlank {
            text = checkedText(text);
        }

        public ItemType type() { return ItemType.FILL_BLANK; }
        public Map<String, Object> toData() { return Map.of("text", text); }
    }

    /** The translation written. */
    record Translate(String text) implements ItemAnswer {
        public Translate {
            text = checkedText(text);
        }

        public ItemType type() { return ItemType.TRANSLATE; }
        public Map<String, Object> toData() { return Map.of("text", text); }
    }

    /** The matches made; possibly fewer than there are items, but none twice. */
    record MatchPairs(List<IndexPair> pairs) implements ItemAnswer {
        public MatchPairs {
            InvalidInput.required("answer.pairs", pairs);
            Set<Integer> lefts = new HashSet<>();
            Set<Integer> rights = new HashSet<>();
            for (IndexPair pair : pairs) {
                if (pair.left() < 0 || pair.right() < 0) {
                    throw new InvalidInput("answer.pairs", "must hold indexes of at least 0");
                }
                if (!lefts.add(pair.left()) || !rights.add(pair.right())) {
                    throw new InvalidInput("answer.pairs", "must not use an item twice");
                }
            }
            pairs = List.copyOf(pairs);
        }

        public ItemType type() { return ItemType.MATCH_PAIRS; }
        public Map<String, Object> toData() { return Map.of("pairs", pairs.stream().map(IndexPair::toData).toList()); }
    }

    /** Whether the learner knew the back of the card. */
    record Flashcard(boolean known) implements ItemAnswer {
        public ItemType type() { return ItemType.FLASHCARD; }
        public Map<String, Object> toData() { return Map.of("known", known); }
    }

    /** What the learner said, as text, and how well they think they said it, from 0 to 1. */
    record SpeakRepeat(String text, double selfScore) implements ItemAnswer {
        public SpeakRepeat {
            text = checkedText(text);
            selfScore = checkedSelfScore(selfScore);
        }

        public ItemType type() { return ItemType.SPEAK_REPEAT; }
        public Map<String, Object> toData() { return Map.of("text", text, "self_score", selfScore); }
    }

    /** The learner's own words, and how good they think they are, from 0 to 1. */
    record FreeText(String text, double selfScore) implements ItemAnswer {
        public FreeText {
            text = checkedText(text);
            selfScore = checkedSelfScore(selfScore);
        }

        public ItemType type() { return ItemType.FREE_TEXT; }
        public Map<String, Object> toData() { return Map.of("text", text, "self_score", selfScore); }
    }
}

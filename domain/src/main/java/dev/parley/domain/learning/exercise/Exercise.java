package dev.parley.domain.learning.exercise;

import dev.parley.domain.shared.InvalidInput;
import java.util.Objects;
import java.util.Optional;

/**
 * An exercise as authored: its content and, for types that have one, the solution that fits it; one record per
 * item type, each with its own pure grading function.
 */
public sealed interface Exercise {
    ItemContent content();

    /** The solution; empty for flashcards and the self-scored types. */
    Optional<ItemSolution> solution();

    /** Grades an answer; an answer to another type, or pointing outside the content, is {@code InvalidInput}. */
    Grade grade(ItemAnswer answer);

    default ItemType type() {
        return content().type();
    }

    default boolean selfScored() {
        return type().selfScored();
    }

    /** Reads content and solution from plain data and checks that they fit each other. */
    static Exercise parse(ItemType type, Object rawContent, Object rawSolution) {
        Objects.requireNonNull(type, "type");
        PlainData c = PlainData.object("content", rawContent);
        if (!type.hasSolution() && rawSolution != null) {
            throw new InvalidInput("solution", "must be empty for " + type.wireName() + " items");
        }
        return switch (type) {
            case MULTIPLE_CHOICE -> new MultipleChoice(new ItemContent.MultipleChoice(c.text("prompt"), c.texts("choices")),
                    new ItemSolution.MultipleChoice(solution(rawSolution).requiredInteger("correct_index")));
            case FILL_BLANK -> new FillBlank(new ItemContent.FillBlank(c.text("prompt")),
                    new ItemSolution.FillBlank(solution(rawSolution).texts("accepted")));
            case TRANSLATE -> new Translate(new ItemContent.Translate(c.text("prompt")),
                    new ItemSolution.Translate(solution(rawSolution).texts("accepted")));
            case MATCH_PAIRS -> new MatchPairs(new ItemContent.MatchPairs(c.texts("left"), c.texts("right")),
                    new ItemSolution.MatchPairs(solution(rawSolution).pairs("pairs")));
            case LISTEN_SELECT -> new ListenSelect(
                    new ItemContent.ListenSelect(c.text("prompt"), c.texts("choices"), c.text("audio_url")),
                    new ItemSolution.ListenSelect(solution(rawSolution).requiredInteger("correct_index")));
            case FLASHCARD -> new Flashcard(new ItemContent.Flashcard(c.text("front"), c.text("back")));
            case SPEAK_REPEAT -> new SpeakRepeat(new ItemContent.SpeakRepeat(c.text("prompt")));
            case FREE_TEXT -> new FreeText(new ItemContent.FreeText(c.text("prompt")));
        };
    }

    private static PlainData solution(Object raw) {
        return PlainData.object("solution", raw);
    }

    /** Pick the one right choice. */
    record MultipleChoice(ItemContent.MultipleChoice content, ItemSolution.MultipleChoice key) implements Exercise {
        public MultipleChoice {
            ExerciseText.index("solution.correct_index", key.correctIndex(), content.choices().size());
        }

        public Optional<ItemSolution> solution() { return Optional.of(key); }

        public Grade grade(ItemAnswer answer) {
            if (!(answer instanceof ItemAnswer.MultipleChoice given)) {
                throw Grading.wrongAnswer(type());
            }
            return Grading.choice(given.choiceIndex(), key.correctIndex(), content.choices().size(),
                    new ItemAnswer.MultipleChoice(key.correctIndex()));
        }
    }

    /** Fill the gap with one of the accepted texts. */
    record FillBlank(ItemContent.FillBlank content, ItemSolution.FillBlank key) implements Exercise {
        public FillBlank {
            Objects.requireNonNull(content, "content");
            Objects.requireNonNull(key, "key");
        }

        public Optional<ItemSolution> solution() { return Optional.of(key); }

        public Grade grade(ItemAnswer answer) {
            if (!(answer instanceof ItemAnswer.FillBlank given)) {
                throw Grading.wrongAnswer(type());
            }
            return Grading.text(given.text(), key.accepted(), new ItemAnswer.FillBlank(key.accepted().getFirst()));
        }
    }

    /** Translate into one of the accepted texts. */
    record Translate(ItemContent.Translate content, ItemSolution.Translate key) implements Exercise {
        public Translate {
            Objects.requireNonNull(content, "content");
            Objects.requireNonNull(key, "key");
        }

        public Optional<ItemSolution> solution() { return Optional.of(key); }

        public Grade grade(ItemAnswer answer) {
            if (!(answer instanceof ItemAnswer.Translate given)) {
                throw Grading.wrongAnswer(type());
            }
            return Grading.text(given.text(), key.accepted(), new ItemAnswer.Translate(key.accepted().getFirst()));
        }
    }

    /** Match every left item to its right item; partly right answers score the fraction of right pairs. */
    record MatchPairs(ItemContent.MatchPairs content, ItemSolution.MatchPairs key) implements Exercise {
        public MatchPairs {
            if (key.pairs().size() != content.left().size()) {
                throw new InvalidInput("solution.pairs", "must match all " + content.left().size() + " left items");
            }
        }

        public Optional<ItemSolution> solution() { return Optional.of(key); }

        public Grade grade(ItemAnswer answer) {
            if (!(answer instanceof ItemAnswer.MatchPairs given)) {
                throw Grading.wrongAnswer(type());
            }
            return Grading.pairs(given.pairs(), key.pairs(), new ItemAnswer.MatchPairs(key.pairs()));
        }
    }

    /** Listen, then pick the one right choice. */
    record ListenSelect(ItemContent.ListenSelect content, ItemSolution.ListenSelect key) implements Exercise {
        public ListenSelect {
            ExerciseText.index("solution.correct_index", key.correctIndex(), content.choices().size());
        }

        public Optional<ItemSolution> solution() { return Optional.of(key); }

        public Grade grade(ItemAnswer answer) {
            if (!(answer instanceof ItemAnswer.ListenSelect given)) {
                throw Grading.wrongAnswer(type());
            }
            return Grading.choice(given.choiceIndex(), key.correctIndex(), content.choices().size(),
                    new ItemAnswer.ListenSelect(key.correctIndex()));
        }
    }

    /** Recall the back of the card; correct when the learner knew it. */
    record Flashcard(ItemContent.Flashcard content) implements Exercise {
        public Flashcard {
            Objects.requireNonNull(content, "content");
        }

        public Optional<ItemSolution> solution() { return Optional.empty(); }

        public Grade grade(ItemAnswer answer) {
            if (!(answer instanceof ItemAnswer.Flashcard given)) {
                throw Grading.wrongAnswer(type());
            }
            return Grade.allOrNothing(given.known(), new ItemAnswer.Flashcard(true));
        }
    }

    /** Say the phrase aloud and score yourself. */
    record SpeakRepeat(ItemContent.SpeakRepeat content) implements Exercise {
        public SpeakRepeat {
            Objects.requireNonNull(content, "content");
        }

        public Optional<ItemSolution> solution() { return Optional.empty(); }

        public Grade grade(ItemAnswer answer) {
            if (!(answer instanceof ItemAnswer.SpeakRepeat given)) {
                throw Grading.wrongAnswer(type());
            }
            return Grading.selfScored(given.selfScore());
        }
    }

    /** Answer in your own words and score yourself. */
    record FreeText(ItemContent.FreeText content) implements Exercise {
        public FreeText {
            Objects.requireNonNull(content, "content");
        }

        public Optional<ItemSolution> solution() { return Optional.empty(); }

        public Grade grade(ItemAnswer answer) {
            if (!(answer instanceof ItemAnswer.FreeText given)) {
                throw Grading.wrongAnswer(type());
            }
            return Grading.selfScored(given.selfScore());
        }
    }
}

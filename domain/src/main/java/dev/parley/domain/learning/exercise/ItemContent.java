package dev.parley.domain.learning.exercise;

import static dev.parley.domain.learning.exercise.ExerciseText.MAX_OPTION;
import static dev.parley.domain.learning.exercise.ExerciseText.MAX_PROMPT;

import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.Text;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a learner is shown for an exercise, one record per item type. */
public sealed interface ItemContent {
    int MAX_CHOICES = 8;
    int MAX_PAIRS = 10;
    int MAX_URL = 2000;

    ItemType type();

    /** As plain data, the way the API shows it and the database stores it. */
    Map<String, Object> toData();

    private static String checkedPrompt(String value) {
        return Text.requireLine("content.prompt", value, MAX_PROMPT);
    }

    private static List<String> checkedChoices(List<String> values) {
        return ExerciseText.distinct("content.choices", values, 2, MAX_CHOICES, MAX_OPTION);
    }

    private static Map<String, Object> data(Object... keysAndValues) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            data.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return data;
    }

    /** A prompt and two to eight distinct choices. */
    record MultipleChoice(String prompt, List<String> choices) implements ItemContent {
        public MultipleChoice {
            prompt = checkedPrompt(prompt);
            choices = checkedChoices(choices);
        }

        public ItemType type() { return ItemType.MULTIPLE_CHOICE; }
        public Map<String, Object> toData() { return data("prompt", prompt, "choices", choices); }
    }

    /** A sentence with a gap to fill. */
    record FillBlank(String prompt) implements ItemContent {
        public FillBlank {
            prompt = checkedPrompt(prompt);
        }

        public ItemType type() { return ItemType.FILL_BLANK; }
        public Map<String, Object> toData() { return data("prompt", prompt); }
    }

    /** A text to translate. */
    record Translate(String prompt) implements ItemContent {
        public Translate {
            prompt = checkedPrompt(prompt);
        }

        public ItemType type() { return ItemType.TRANSLATE; }
        public Map<String, Object> toData() { return data("prompt", prompt); }
    }

    /** Two columns of the same length whose items are to be matched one to one. */
    record MatchPairs(List<String> left, List<String> right) implements ItemContent {
        public MatchPairs {
            left = ExerciseText.distinct("content.left", left, 2, MAX_PAIRS, MAX_OPTION);
            right = ExerciseText.distinct("content.right", right, 2, MAX_PAIRS, MAX_OPTION);
            if (left.size() != right.size()) {
                throw new InvalidInput("content.right", "must have as many items as content.left (" + left.size() + ")");
            }
        }

        public ItemType type() { return ItemType.MATCH_PAIRS; }
        public Map<String, Object> toData() { return data("left", left, "right", right); }
    }

    /** A recording to listen to, a prompt and two to eight distinct choices. */
    record ListenSelect(String prompt, List<String> choices, String audioUrl) implements ItemContent {
        public ListenSelect {
            prompt = checkedPrompt(prompt);
            choices = checkedChoices(choices);
            audioUrl = httpsUrl(audioUrl);
        }

        public ItemType type() { return ItemType.LISTEN_SELECT; }
        public Map<String, Object> toData() { return data("prompt", prompt, "choices", choices, "audio_url", audioUrl); }

        private static String httpsUrl(String value) {
            String url = Text.requireLine("content.audio_url", value, MAX_URL);
            if (!isHttps(url)) {
                throw new InvalidInput("content.audio_url", "must be an https URL");
            }
            return url;
        }

        private static boolean isHttps(String url) {
            try {
                URI uri = new URI(url);
                return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isEmpty();
            } catch (URISyntaxException e) {
                return false;
            }
        }
    }

    /** A card with a front to recall and a back to check against. */
    record Flashcard(String front, String back) implements ItemContent {
        public Flashcard {
            front = Text.requireLine("content.front", front, MAX_PROMPT);
            back = Text.requireLine("content.back", back, MAX_PROMPT);
        }

        public ItemType type() { return ItemType.FLASHCARD; }
        public Map<String, Object> toData() { return data("front", front, "back", back); }
    }

    /** A phrase to say aloud after hearing or reading it. */
    record SpeakRepeat(String prompt) implements ItemContent {
        public SpeakRepeat {
            prompt = checkedPrompt(prompt);
        }

        public ItemType type() { return ItemType.SPEAK_REPEAT; }
        public Map<String, Object> toData() { return data("prompt", prompt); }
    }

    /** A question answered in the learner's own words. */
    record FreeText(String prompt) implements ItemContent {
        public FreeText {
            prompt = checkedPrompt(prompt);
        }

        public ItemType type() { return ItemType.FREE_TEXT; }
        public Map<String, Object> toData() { return data("prompt", prompt); }
    }
}

package dev.parley.domain.livechat;

import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.Text;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The question, its 2-10 options and how the result is shown, validated against the reference's limits. */
public record PollSettings(String query, List<PollOption> options, Optional<Integer> timeToAnswer, boolean publishResult,
                           int timeForResult, DisplayFormat displayFormat, boolean showCorrectness) {
    public static final int MAX_QUERY = 200;
    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = 10;
    public static final int MIN_SECONDS = 5;
    public static final int MAX_SECONDS = 86_400;
    public static final int DEFAULT_TIME_FOR_RESULT = 30;

    public PollSettings {
        query = Text.requireLine("query", query, MAX_QUERY);
        InvalidInput.required("options", options);
        if (options.size() < MIN_OPTIONS || options.size() > MAX_OPTIONS) {
            throw new InvalidInput("options", "must have " + MIN_OPTIONS + "-" + MAX_OPTIONS + " items");
        }
        options = List.copyOf(options);
        Objects.requireNonNull(timeToAnswer, "timeToAnswer");
        timeToAnswer.ifPresent(seconds -> seconds("time_to_answer", seconds));
        seconds("time_for_result", timeForResult);
        Objects.requireNonNull(displayFormat, "displayFormat");
    }

    private static void seconds(String field, int value) {
        if (value < MIN_SECONDS || value > MAX_SECONDS) {
            throw new InvalidInput(field, "must be " + MIN_SECONDS + "-" + MAX_SECONDS + " seconds");
        }
    }
}

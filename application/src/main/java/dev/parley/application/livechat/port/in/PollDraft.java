package dev.parley.application.livechat.port.in;

import dev.parley.domain.livechat.DisplayFormat;
import java.util.List;
import java.util.Optional;

/** Poll fields to set; absent ones keep their value (or default). {@code timeToAnswer} holds empty for "no limit". */
public record PollDraft(Optional<String> query, Optional<List<OptionDraft>> options, Optional<Optional<Integer>> timeToAnswer,
                        Optional<Boolean> publishResult, Optional<Integer> timeForResult,
                        Optional<DisplayFormat> displayFormat, Optional<Boolean> showCorrectness) {
    /** An answer to offer. */
    public record OptionDraft(String text, boolean correct) {
    }
}

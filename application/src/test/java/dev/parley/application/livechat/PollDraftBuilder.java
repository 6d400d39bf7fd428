package dev.parley.application.livechat;

import dev.parley.application.livechat.port.in.PollDraft;
import dev.parley.application.livechat.port.in.PollDraft.OptionDraft;
import dev.parley.domain.livechat.DisplayFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Builds a {@link PollDraft} with only the fields a test sets. */
final class PollDraftBuilder {
    private Optional<String> query = Optional.empty();
    private Optional<List<OptionDraft>> options = Optional.empty();
    private Optional<Optional<Integer>> timeToAnswer = Optional.empty();
    private Optional<Boolean> publishResult = Optional.empty();
    private Optional<Integer> timeForResult = Optional.empty();
    private Optional<DisplayFormat> displayFormat = Optional.empty();
    private Optional<Boolean> showCorrectness = Optional.empty();

    static PollDraftBuilder draft() {
        return new PollDraftBuilder();
    }

    /** A question with the given answers, none of them marked correct. */
    static PollDraftBuilder question(String query, String... answers) {
        return draft().query(query).options(Arrays.stream(answers).map(text -> new OptionDraft(text, false)).toList());
    }

    PollDraftBuilder query(String value) { query = Optional.of(value); return this; }
    PollDraftBuilder options(List<OptionDraft> value) { options = Optional.of(value); return this; }
    PollDraftBuilder timeToAnswer(Optional<Integer> value) { timeToAnswer = Optional.of(value); return this; }
    PollDraftBuilder publishResult(boolean value) { publishResult = Optional.of(value); return this; }
    PollDraftBuilder timeForResult(int value) { timeForResult = Optional.of(value); return this; }
    PollDraftBuilder displayFormat(DisplayFormat value) { displayFormat = Optional.of(value); return this; }
    PollDraftBuilder showCorrectness(boolean value) { showCorrectness = Optional.of(value); return this; }

    PollDraft build() {
        return new PollDraft(query, options, timeToAnswer, publishResult, timeForResult, displayFormat, showCorrectness);
    }
}

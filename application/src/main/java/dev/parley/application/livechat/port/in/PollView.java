package dev.parley.application.livechat.port.in;

import dev.parley.domain.livechat.Poll;
import dev.parley.domain.livechat.PollOptionId;
import java.util.Map;

/** A poll with the votes each option has so far. */
public record PollView(Poll poll, Map<PollOptionId, Long> votes) {
    public long votesFor(PollOptionId option) {
        return votes.getOrDefault(option, 0L);
    }
}

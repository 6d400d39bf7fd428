package dev.parley.application.livechat.port.out;

import dev.parley.domain.livechat.PollId;
import dev.parley.domain.livechat.PollOptionId;
import java.time.Instant;
import java.util.Map;

/** One vote per viewer and poll; a later vote replaces the earlier one. */
public interface VoteRepository {
    void record(PollId poll, String userId, PollOptionId option, Instant at);

    /** Votes per option; options nobody chose are absent. */
    Map<PollOptionId, Long> counts(PollId poll);
}

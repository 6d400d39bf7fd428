package dev.parley.application.fake;

import dev.parley.application.livechat.port.out.VoteRepository;
import dev.parley.domain.livechat.PollId;
import dev.parley.domain.livechat.PollOptionId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Each viewer's latest vote per poll in a map. */
public final class InMemoryVoteRepository implements VoteRepository {
    private final Map<PollId, Map<String, PollOptionId>> byPoll = new HashMap<>();

    @Override
    public synchronized void record(PollId poll, String userId, PollOptionId option, Instant at) {
        byPoll.computeIfAbsent(poll, id -> new HashMap<>()).put(userId, option);
    }

    @Override
    public synchronized Map<PollOptionId, Long> counts(PollId poll) {
        return byPoll.getOrDefault(poll, Map.of()).values().stream()
                .collect(Collectors.groupingBy(option -> option, Collectors.counting()));
    }

    /** Forgets a deleted poll's votes. */
    synchronized void removePoll(PollId poll) {
        byPoll.remove(poll);
    }
}

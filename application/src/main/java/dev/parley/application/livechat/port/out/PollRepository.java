package dev.parley.application.livechat.port.out;

import dev.parley.domain.livechat.Poll;
import dev.parley.domain.livechat.PollId;
import dev.parley.domain.livechat.RoomId;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores polls, scoped by organization and room. */
public interface PollRepository {
    /** Stores a new poll or the changes to a loaded one; a concurrent change since loading is a {@code Conflict}. */
    void save(Poll poll);

    Optional<Poll> find(OrganizationId org, RoomId room, PollId id);

    /** The room's polls, oldest first. */
    List<Poll> list(OrganizationId org, RoomId room);

    Optional<Poll> findOpen(OrganizationId org, RoomId room);

    void delete(OrganizationId org, RoomId room, PollId id);

    /** Open polls of every organization whose answer time ended at or before {@code now}. */
    List<Poll> dueForClosing(Instant now, int limit);
}

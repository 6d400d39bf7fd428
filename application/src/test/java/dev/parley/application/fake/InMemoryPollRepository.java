package dev.parley.application.fake;

import dev.parley.application.livechat.port.out.PollRepository;
import dev.parley.domain.livechat.Poll;
import dev.parley.domain.livechat.PollId;
import dev.parley.domain.livechat.PollState;
import dev.parley.domain.livechat.RoomId;
import dev.parley.domain.shared.Conflict;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Polls in a map with the jOOQ adapter's semantics: versions as for tickets, a second open poll in a room refused
 * as the partial unique index refuses it, and deleting a poll deleting its votes.
 */
public final class InMemoryPollRepository implements PollRepository {
    private static final Comparator<Poll> OLDEST_FIRST = Comparator.comparing(Poll::createdAt)
            .thenComparing(p -> p.id().value().toString());

    private final Map<PollId, Poll> byId = new LinkedHashMap<>();
    private final InMemoryVoteRepository votes;

    public InMemoryPollRepository(InMemoryVoteRepository votes) {
        this.votes = votes;
    }

    @Override
    public synchronized void save(Poll poll) {
        Poll stored = byId.get(poll.id());
        if (poll.version() == 0) {
            if (stored != null) {
                throw new IllegalStateException("duplicate poll id " + poll.id().value());
            }
        } else if (stored == null || !stored.organizationId().equals(poll.organizationId()) || stored.version() != poll.version()) {
            throw new Conflict("poll.concurrent_update",
                    "Poll " + poll.id().value() + " was changed since it was loaded; reload it and try again.");
        }
        if (poll.state() == PollState.OPEN && byId.values().stream().anyMatch(p -> p.roomId().equals(poll.roomId())
                && p.state() == PollState.OPEN && !p.id().equals(poll.id()))) {
            throw new Conflict("poll.another_open", "Another poll of this room is open; close it first.");
        }
        byId.put(poll.id(), copy(poll, poll.version() + 1));
    }

    @Override
    public synchronized Optional<Poll> find(OrganizationId org, RoomId room, PollId id) {
        return Optional.ofNullable(byId.get(id)).filter(p -> inRoom(p, org, room)).map(p -> copy(p, p.version()));
    }

    @Override
    public synchronized List<Poll> list(OrganizationId org, RoomId room) {
        return byId.values().stream().filter(p -> inRoom(p, org, room)).sorted(OLDEST_FIRST).map(p -> copy(p, p.version())).toList();
    }

    @Override
    public synchronized Optional<Poll> findOpen(OrganizationId org, RoomId room) {
        return list(org, room).stream().filter(p -> p.state() == PollState.OPEN).findFirst();
    }

    @Override
    public synchronized void delete(OrganizationId org, RoomId room, PollId id) {
        if (find(org, room, id).isPresent()) {
            byId.remove(id);
            votes.removePoll(id);
        }
    }

    @Override
    public synchronized List<Poll> dueForClosing(Instant now, int limit) {
        return byId.values().stream()
                .filter(p -> p.closesAt().map(at -> !at.isAfter(now)).orElse(false))
                .sorted(Comparator.comparing((Poll p) -> p.closesAt().orElseThrow()).thenComparing(p -> p.id().value().toString()))
                .limit(limit)
                .map(p -> copy(p, p.version()))
                .toList();
    }

    /** Forgets a deleted room's polls and their votes. */
    synchronized void removeRoom(RoomId room) {
        byId.values().stream().filter(p -> p.roomId().equals(room)).map(Poll::id).toList().forEach(id -> {
            byId.remove(id);
            votes.removePoll(id);
        });
    }

    private static boolean inRoom(Poll poll, OrganizationId org, RoomId room) {
        return poll.organizationId().equals(org) && poll.roomId().equals(room);
    }

    private static Poll copy(Poll p, long version) {
        return Poll.rehydrate(p.id(), p.roomId(), p.organizationId(), p.settings(), p.state(), p.createdAt(), p.updatedAt(),
                p.openedAt(), p.closedAt(), version);
    }
}

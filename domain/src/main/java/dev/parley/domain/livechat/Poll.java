package dev.parley.domain.livechat;

import dev.parley.domain.shared.Conflict;
import dev.parley.domain.shared.DomainEvent;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.shared.RecordedEvents;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A question put to a room's viewers: editable until opened, open once, closed once. */
public final class Poll {
    private final PollId id;
    private final RoomId roomId;
    private final OrganizationId organizationId;
    private final Instant createdAt;
    private final long version;
    private final RecordedEvents events = new RecordedEvents();
    private PollSettings settings;
    private PollState state;
    private Optional<Instant> openedAt;
    private Optional<Instant> closedAt;
    private Instant updatedAt;

    private Poll(PollId id, RoomId roomId, OrganizationId organizationId, PollSettings settings, PollState state,
                 Instant createdAt, Instant updatedAt, Optional<Instant> openedAt, Optional<Instant> closedAt, long version) {
        this.id = Objects.requireNonNull(id);
        this.roomId = Objects.requireNonNull(roomId);
        this.organizationId = Objects.requireNonNull(organizationId);
        this.settings = Objects.requireNonNull(settings);
        this.state = Objects.requireNonNull(state);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
        this.openedAt = Objects.requireNonNull(openedAt);
        this.closedAt = Objects.requireNonNull(closedAt);
        this.version = version;
    }

    public static Poll create(PollId id, RoomId roomId, OrganizationId organizationId, PollSettings settings, Instant now) {
        return new Poll(id, roomId, organizationId, settings, PollState.CREATED, now, now, Optional.empty(), Optional.empty(), 0);
    }

    public static Poll rehydrate(PollId id, RoomId roomId, OrganizationId organizationId, PollSettings settings, PollState state,
                                 Instant createdAt, Instant updatedAt, Optional<Instant> openedAt, Optional<Instant> closedAt,
                                 long version) {
        return new Poll(id, roomId, organizationId, settings, state, createdAt, updatedAt, openedAt, closedAt, version);
    }

    /** Replaces the question or its options; only before the poll opens. */
    public void edit(PollSettings newSettings, Instant now) {
        switch (state) {
            case CREATED -> {
                settings = newSettings;
                touch(now);
            }
            case OPEN, CLOSED -> throw new Conflict("poll.not_editable", "A poll can only be changed before it opens.");
        }
    }

    public void open(Instant now) {
        switch (state) {
            case CREATED -> {
                state = PollState.OPEN;
                openedAt = Optional.of(now);
                touch(now);
                events.add(new PollEvents.PollOpened(snapshot(Map.of()), now));
            }
            case OPEN, CLOSED -> throw new Conflict("poll.not_openable", "Only a poll that has not been opened can be opened.");
        }
    }

    /** Closes an open poll; the final counts travel with the event. */
    public void close(Map<PollOptionId, Long> counts, Instant now) {
        switch (state) {
            case OPEN -> {
                state = PollState.CLOSED;
                closedAt = Optional.of(now);
                touch(now);
                events.add(new PollEvents.PollClosed(snapshot(counts), now));
            }
            case CREATED, CLOSED -> throw new Conflict("poll.not_open", "Only an open poll can be closed.");
        }
    }

    /** Checks that a vote for {@code option} can be taken at {@code now}: open, and its answer time not yet over. */
    public void acceptVote(PollOptionId option, Instant now) {
        switch (state) {
            case OPEN -> {
                if (closesAt().filter(deadline -> !now.isBefore(deadline)).isPresent()) {
                    throw new Conflict("poll.not_open", "The answer time of this poll is over.");
                }
                if (settings.options().stream().noneMatch(o -> o.id().equals(option))) {
                    throw new InvalidInput("option_id", "is not an option of this poll");
                }
            }
            case CREATED, CLOSED -> throw new Conflict("poll.not_open", "Votes are only taken while the poll is open.");
        }
    }

    /** When an open poll with a time limit closes itself. */
    public Optional<Instant> closesAt() {
        return state == PollState.OPEN
                ? settings.timeToAnswer().flatMap(seconds -> openedAt.map(at -> at.plusSeconds(seconds)))
                : Optional.empty();
    }

    private void touch(Instant now) {
        if (now.isAfter(updatedAt)) {
            updatedAt = now;
        }
    }

    public List<DomainEvent> pullEvents() {
        return events.drain();
    }

    private PollEvents.PollSnapshot snapshot(Map<PollOptionId, Long> votes) {
        return new PollEvents.PollSnapshot(organizationId, id, roomId, settings, createdAt, updatedAt, openedAt, closedAt, votes);
    }

    public PollId id() { return id; }
    public RoomId roomId() { return roomId; }
    public OrganizationId organizationId() { return organizationId; }
    public PollSettings settings() { return settings; }
    public PollState state() { return state; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Optional<Instant> openedAt() { return openedAt; }
    public Optional<Instant> closedAt() { return closedAt; }
    /** The version this poll was loaded at, for optimistic locking. */
    public long version() { return version; }
}

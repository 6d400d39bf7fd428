package dev.parley.adapter.persistence.livechat;

import static dev.parley.adapter.persistence.jooq.Tables.POLLS;
import static dev.parley.adapter.persistence.jooq.Tables.POLL_OPTIONS;

import dev.parley.adapter.persistence.jooq.Indexes;
import dev.parley.adapter.persistence.jooq.tables.records.PollOptionsRecord;
import dev.parley.adapter.persistence.jooq.tables.records.PollsRecord;
import dev.parley.adapter.persistence.shared.UniqueViolation;
import dev.parley.application.livechat.port.out.PollRepository;
import dev.parley.domain.livechat.Poll;
import dev.parley.domain.livechat.PollId;
import dev.parley.domain.livechat.PollOption;
import dev.parley.domain.livechat.PollState;
import dev.parley.domain.livechat.RoomId;
import dev.parley.domain.shared.Conflict;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * Polls in {@code polls} with their options in {@code poll_options}, saved only over the version they were loaded
 * at. Options are rewritten while a poll is still editable. The partial unique index
 * {@code polls_one_open_per_room} refuses a second open poll in a room, as a {@code Conflict}.
 */
public final class JooqPollRepository implements PollRepository {
    private final DSLContext dsl;

    public JooqPollRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void save(Poll poll) {
        try {
            if (poll.version() == 0) {
                dsl.insertInto(POLLS).set(PollRows.toRecord(poll, 1)).execute();
                dsl.batchInsert(PollRows.optionRecords(poll)).execute();
                return;
            }
            update(poll);
        } catch (DataAccessException e) {
            if (UniqueViolation.of(e, Indexes.POLLS_ONE_OPEN_PER_ROOM)) {
                throw new Conflict("poll.another_open", "Another poll of this room is open; close it first.");
            }
            throw e;
        }
    }

    private void update(Poll poll) {
        PollsRecord changed = PollRows.toRecord(poll, poll.version() + 1);
        changed.changed(POLLS.ID, false);
        changed.changed(POLLS.ROOM_ID, false);
        changed.changed(POLLS.ORGANIZATION_ID, false);
        changed.changed(POLLS.CREATED_AT, false);
        int updated = dsl.update(POLLS)
                .set(changed)
                .where(POLLS.ID.eq(poll.id().value()),
                        POLLS.ORGANIZATION_ID.eq(poll.organizationId().value()),
                        POLLS.VERSION.eq(poll.version()))
                .execute();
        if (updated == 0) {
            throw new Conflict("poll.concurrent_update",
                    "Poll " + poll.id().value() + " was changed since it was loaded; reload it and try again.");
        }
        if (poll.state() == PollState.CREATED) {
            dsl.deleteFrom(POLL_OPTIONS).where(POLL_OPTIONS.POLL_ID.eq(poll.id().value())).execute();
            dsl.batchInsert(PollRows.optionRecords(poll)).execute();
        }
    }

    @Override
    public Optional<Poll> find(OrganizationId org, RoomId room, PollId id) {
        return fetch(inRoom(org, room).and(POLLS.ID.eq(id.value()))).stream().findFirst();
    }

    @Override
    public List<Poll> list(OrganizationId org, RoomId room) {
        return fetch(inRoom(org, room));
    }

    @Override
    public Optional<Poll> findOpen(OrganizationId org, RoomId room) {
        return fetch(inRoom(org, room).and(POLLS.STATE.eq(PollRows.stateName(PollState.OPEN))))
                .stream().findFirst();
    }

    @Override
    public void delete(OrganizationId org, RoomId room, PollId id) {
        dsl.deleteFrom(POLLS).where(inRoom(org, room), POLLS.ID.eq(id.value())).execute();
    }

    /** A plain read: the caller re-loads each poll and closes it over its version, so two servers cannot both close one. */
    @Override
    public List<Poll> dueForClosing(Instant now, int limit) {
        List<PollsRecord> due = dsl.selectFrom(POLLS)
                .where(POLLS.STATE.eq(PollRows.stateName(PollState.OPEN)), POLLS.CLOSES_AT.le(now))
                .orderBy(POLLS.CLOSES_AT, POLLS.ID)
                .limit(limit)
                .fetch();
        return withOptions(due);
    }

    private List<Poll> fetch(Condition condition) {
        return withOptions(dsl.selectFrom(POLLS).where(condition).orderBy(POLLS.CREATED_AT, POLLS.ID).fetch());
    }

    private List<Poll> withOptions(List<PollsRecord> polls) {
        if (polls.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<PollOption>> options = dsl.selectFrom(POLL_OPTIONS)
                .where(POLL_OPTIONS.POLL_ID.in(polls.stream().map(PollsRecord::getId).toList()))
                .orderBy(POLL_OPTIONS.POLL_ID, POLL_OPTIONS.POSITION)
                .fetch()
                .stream()
                .collect(Collectors.groupingBy(PollOptionsRecord::getPollId, Collectors.mapping(PollRows::toOption, Collectors.toList())));
        return polls.stream().map(r -> PollRows.toPoll(r, options.get(r.getId()))).toList();
    }

    private static Condition inRoom(OrganizationId org, RoomId room) {
        return POLLS.ORGANIZATION_ID.eq(org.value()).and(POLLS.ROOM_ID.eq(room.value()));
    }
}

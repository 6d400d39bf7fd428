package dev.parley.adapter.persistence.livechat;

import static dev.parley.adapter.persistence.jooq.Tables.POLL_VOTES;

import dev.parley.application.livechat.port.out.VoteRepository;
import dev.parley.domain.livechat.PollId;
import dev.parley.domain.livechat.PollOptionId;
import java.time.Instant;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Votes in {@code poll_votes}, one row per viewer and poll; a later vote overwrites the row. */
public final class JooqVoteRepository implements VoteRepository {
    private final DSLContext dsl;

    public JooqVoteRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void record(PollId poll, String userId, PollOptionId option, Instant at) {
        dsl.insertInto(POLL_VOTES)
                .set(POLL_VOTES.POLL_ID, poll.value())
                .set(POLL_VOTES.USERID, userId)
                .set(POLL_VOTES.OPTION_ID, option.value())
                .set(POLL_VOTES.VOTED_AT, at)
                .onConflict(POLL_VOTES.POLL_ID, POLL_VOTES.USERID)
                .doUpdate()
                .set(POLL_VOTES.OPTION_ID, option.value())
                .set(POLL_VOTES.VOTED_AT, at)
                .execute();
    }

    @Override
    public Map<PollOptionId, Long> counts(PollId poll) {
        return dsl.select(POLL_VOTES.OPTION_ID, DSL.count().cast(Long.class))
                .from(POLL_VOTES)
                .where(POLL_VOTES.POLL_ID.eq(poll.value()))
                .groupBy(POLL_VOTES.OPTION_ID)
                .fetchMap(r -> new PollOptionId(r.value1()), r -> r.value2());
    }
}

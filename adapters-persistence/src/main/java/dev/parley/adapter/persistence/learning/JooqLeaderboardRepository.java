package dev.parley.adapter.persistence.learning;

import static dev.parley.adapter.persistence.jooq.Tables.LEARNER_TOTALS;
import static dev.parley.adapter.persistence.jooq.Tables.USERS;

import dev.parley.application.learning.port.out.LeaderboardRepository;
import dev.parley.application.learning.port.out.XpStanding;
import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.learning.progress.Leaderboard;
import dev.parley.domain.learning.progress.LeaderboardPeriod;
import dev.parley.domain.shared.OrganizationId;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Leaderboards read from {@code learner_weeks}, {@code learner_months} or {@code learner_totals} down their
 * {@code (organization_id, [period,] xp desc)} indexes: the top rows with ties, and counts of those ahead.
 */
public final class JooqLeaderboardRepository implements LeaderboardRepository {
    private final DSLContext dsl;

    public JooqLeaderboardRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Leaderboard.Entry> leaders(OrganizationId org, LeaderboardPeriod period, int limit) {
        XpColumns xp = XpColumns.of(period);
        return dsl.select(xp.user(), USERS.NAME, xp.xp())
                .from(xp.table())
                .join(USERS).on(USERS.ORGANIZATION_ID.eq(xp.org()), USERS.ID.eq(xp.user()))
                .where(xp.inPeriod(org), xp.xp().gt(0L))
                .orderBy(xp.xp().desc())
                .limit(limit).withTies()
                .fetch(r -> new Leaderboard.Entry(r.value1(), r.value2(), r.value3()));
    }

    @Override
    public XpStanding standing(OrganizationId org, LearnerId learner, LeaderboardPeriod period) {
        XpColumns xp = XpColumns.of(period);
        long own = dsl.select(xp.xp()).from(xp.table())
                .where(xp.inPeriod(org), xp.user().eq(learner.value()))
                .fetchOptional(xp.xp())
                .orElse(0L);
        return new XpStanding(own, dsl.fetchCount(xp.table(), xp.inPeriod(org).and(xp.xp().gt(own))));
    }

    /** The table a period's XP is kept in, its columns, and the condition picking the period's rows. */
    private record XpColumns(Table<?> table, Field<Long> org, Field<Long> user, Field<Long> xp, Condition period) {
        static XpColumns of(LeaderboardPeriod period) {
            return switch (period.window()) {
                case WEEK -> dated(CalendarTable.WEEKS, period);
                case MONTH -> dated(CalendarTable.MONTHS, period);
                case ALL -> new XpColumns(LEARNER_TOTALS, LEARNER_TOTALS.ORGANIZATION_ID, LEARNER_TOTALS.USER_ID, LEARNER_TOTALS.XP,
                        DSL.noCondition());
            };
        }

        private static XpColumns dated(CalendarTable<?> calendar, LeaderboardPeriod period) {
            return new XpColumns(calendar.table(), calendar.org(), calendar.user(), calendar.xp(),
                    calendar.date().eq(period.start().orElseThrow()));
        }

        Condition inPeriod(OrganizationId organization) {
            return org.eq(organization.value()).and(period);
        }
    }
}

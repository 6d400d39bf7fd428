package dev.parley.adapter.persistence.learning;

import static dev.parley.adapter.persistence.jooq.Tables.USERS;

import dev.parley.application.learning.port.out.LearnerDirectory;
import dev.parley.domain.learning.Learner;
import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.shared.TimeZoneName;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/** Learners as the {@code users} table holds them: their name and time zone. */
public final class JooqLearnerDirectory implements LearnerDirectory {
    private final DSLContext dsl;

    public JooqLearnerDirectory(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Learner> find(OrganizationId org, LearnerId id) {
        return dsl.select(USERS.NAME, USERS.TIME_ZONE).from(USERS)
                .where(USERS.ORGANIZATION_ID.eq(org.value()), USERS.ID.eq(id.value()))
                .fetchOptional(r -> new Learner(id, r.value1(), new TimeZoneName(r.value2()).zone()));
    }

    @Override
    public Map<LearnerId, String> displayNames(OrganizationId org, Collection<LearnerId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return dsl.select(USERS.ID, USERS.NAME).from(USERS)
                .where(USERS.ORGANIZATION_ID.eq(org.value()), USERS.ID.in(ids.stream().map(LearnerId::value).toList()))
                .fetch().stream()
                .collect(Collectors.toMap(r -> new LearnerId(r.value1()), r -> r.value2()));
    }
}

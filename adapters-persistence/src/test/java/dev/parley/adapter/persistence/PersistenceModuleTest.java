package dev.parley.adapter.persistence;

import static dev.parley.adapter.persistence.jooq.Tables.ORGANIZATIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.adapter.persistence.testing.TestDatabase;
import dev.parley.domain.identity.Organization;
import dev.parley.domain.identity.OrganizationSlug;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import org.jooq.CloseableDSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

class PersistenceModuleTest {
    @Test
    void migrates_an_empty_database_once_and_then_has_nothing_to_do() {
        try (TestDatabase database = TestDatabase.create();
             PersistenceModule module = PersistenceModule.connect(database.jdbcUrl(), database.user(), database.password())) {
            module.migrate();
            module.migrate();

            assertThat(module.organizations().count()).isZero();
        }
    }

    @Test
    void is_reachable_while_open_and_not_after_close() {
        try (TestDatabase database = TestDatabase.create()) {
            PersistenceModule module = PersistenceModule.connect(database.jdbcUrl(), database.user(), database.password());
            assertThat(module.isReachable()).isTrue();

            module.close();

            assertThat(module.isReachable()).isFalse();
        }
    }

    @Test
    void refuses_to_start_without_a_database() {
        try (TestDatabase database = TestDatabase.create()) {
            String missing = database.jdbcUrl() + "_missing";

            assertThatThrownBy(() -> PersistenceModule.connect(missing, database.user(), database.password()))
                    .isInstanceOf(RuntimeException.class);
        }
    }

    @Test
    void stores_instants_to_the_microsecond_cutting_finer_digits() {
        try (TestDatabase database = TestDatabase.create();
             PersistenceModule module = PersistenceModule.connect(database.jdbcUrl(), database.user(), database.password())) {
            module.migrate();
            module.organizations().add(new Organization(new OrganizationId(1), new OrganizationSlug("acme"), "Acme",
                    Instant.parse("2024-03-15T14:23:00.123456789Z")));

            assertThat(module.organizations().find(new OrganizationId(1)).orElseThrow().createdAt())
                    .isEqualTo(Instant.parse("2024-03-15T14:23:00.123456Z"));
            try (CloseableDSLContext sql = DSL.using(database.jdbcUrl(), database.user(), database.password())) {
                assertThat(sql.select(DSL.field("to_char({0} at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')", String.class,
                        ORGANIZATIONS.CREATED_AT)).from(ORGANIZATIONS).fetchSingle().value1())
                        .isEqualTo("2024-03-15 14:23:00.123456");
            }
        }
    }
}

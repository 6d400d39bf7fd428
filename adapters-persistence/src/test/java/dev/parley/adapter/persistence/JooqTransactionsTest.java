package dev.parley.adapter.persistence;

import static dev.parley.application.contract.Seed.T0;
import static dev.parley.adapter.persistence.jooq.Tables.ORGANIZATIONS;
import static dev.parley.adapter.persistence.jooq.Tables.OUTBOX_EVENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.contract.Adapters;
import dev.parley.application.contract.Seed;
import dev.parley.application.shared.port.out.Transactions;
import dev.parley.domain.helpdesk.Channel;
import dev.parley.domain.identity.OrganizationSlug;
import dev.parley.domain.shared.OrganizationId;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JooqTransactionsTest {
    @RegisterExtension
    static final MigratedDatabase DATABASE = new MigratedDatabase();

    private Adapters adapters;
    private Transactions tx;
    private Seed seed;
    private DSLContext elsewhere;

    @BeforeEach
    void start() {
        adapters = DATABASE.emptyAdapters();
        tx = adapters.transactions();
        seed = new Seed(adapters);
        elsewhere = DATABASE.sql();
    }

    @Test
    void work_is_committed_when_it_returns() {
        OrganizationId org = tx.inTransaction(() -> seed.organization(1, "acme"));

        assertThat(org).isEqualTo(new OrganizationId(1));
        assertThat(elsewhere.fetchCount(ORGANIZATIONS)).isEqualTo(1);
    }

    @Test
    void nothing_is_visible_elsewhere_before_commit_but_everything_is_within() {
        tx.run(() -> {
            seed.organization(1, "acme");
            assertThat(adapters.organizations().findBySlug(new OrganizationSlug("acme"))).isPresent();
            assertThat(elsewhere.fetchCount(ORGANIZATIONS)).isZero();
        });

        assertThat(elsewhere.fetchCount(ORGANIZATIONS)).isEqualTo(1);
    }

    @Test
    void a_failure_rolls_back_every_repository_and_the_outbox_and_rethrows_as_is() {
        IllegalStateException failure = new IllegalStateException("boom");

        assertThatThrownBy(() -> tx.run(() -> {
            OrganizationId org = seed.organization(1, "acme");
            adapters.tickets().save(Seed.ticket(org, Seed.uuid(1), Channel.EMAIL, List.of(), T0));
            adapters.outbox().append(Seed.ticket(org, Seed.uuid(2), Channel.EMAIL, List.of(), T0).pullEvents());
            throw failure;
        })).isSameAs(failure);

        assertThat(elsewhere.fetchCount(ORGANIZATIONS)).isZero();
        assertThat(elsewhere.fetchCount(OUTBOX_EVENTS)).isZero();
    }

    @Test
    void a_nested_call_joins_the_outer_transaction() {
        assertThatThrownBy(() -> tx.run(() -> {
            seed.organization(1, "acme");
            tx.run(() -> seed.organization(2, "globex"));
            assertThat(elsewhere.fetchCount(ORGANIZATIONS)).isZero();
            throw new IllegalStateException("outer fails after the inner call returned");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(elsewhere.fetchCount(ORGANIZATIONS)).isZero();
    }

    @Test
    void a_nested_failure_caught_by_the_outer_call_does_not_undo_the_inner_writes() {
        tx.run(() -> {
            seed.organization(1, "acme");
            try {
                tx.run(() -> {
                    seed.organization(2, "globex");
                    throw new IllegalStateException("inner fails");
                });
            } catch (IllegalStateException expected) {
                assertThat(expected).hasMessage("inner fails");
            }
        });

        assertThat(elsewhere.fetchCount(ORGANIZATIONS)).isEqualTo(2);
    }

    @Test
    void the_thread_is_free_for_a_new_transaction_after_a_failure() {
        assertThatThrownBy(() -> tx.run(() -> {
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        tx.run(() -> seed.organization(1, "acme"));

        assertThat(elsewhere.fetchCount(ORGANIZATIONS)).isEqualTo(1);
    }
}

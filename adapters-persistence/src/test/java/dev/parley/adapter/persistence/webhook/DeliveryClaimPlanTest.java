package dev.parley.adapter.persistence.webhook;

import static dev.parley.application.contract.Seed.T0;
import static dev.parley.application.contract.Seed.uuid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.adapter.persistence.MigratedDatabase;
import dev.parley.application.contract.Adapters;
import dev.parley.application.contract.Seed;
import dev.parley.application.contract.WebhookSeed;
import dev.parley.application.webhook.port.out.AttemptResult;
import dev.parley.application.webhook.port.out.ClaimedDelivery;
import dev.parley.application.webhook.port.out.DeliveryAttempt;
import dev.parley.application.webhook.port.out.NewDelivery;
import dev.parley.application.webhook.port.out.Settlement;
import dev.parley.domain.shared.EventId;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.webhook.DeliveryId;
import dev.parley.domain.webhook.DeliveryOutcome;
import dev.parley.domain.webhook.DeliveryStatus;
import dev.parley.domain.webhook.WebhookId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * How PostgreSQL runs the claim when its statistics were taken while nothing was pending and a backlog then arrived:
 * left to itself it reads every pending delivery through the per-webhook index and sorts them, once per claim.
 */
class DeliveryClaimPlanTest {
    @RegisterExtension
    static final MigratedDatabase DATABASE = new MigratedDatabase();
    private static final DeliveryOutcome OK = DeliveryOutcome.answered(200, Duration.ofMillis(5), new byte[0], Optional.empty());

    @Test
    void a_backlog_after_a_quiet_spell_is_claimed_through_the_due_index_without_sorting_it() {
        Adapters adapters = DATABASE.emptyAdapters();
        OrganizationId org = new Seed(adapters).organization(1, "acme");
        adapters.webhooks().add(WebhookSeed.webhook(org, 10, List.of("*"), T0));
        add(adapters, org, 1, 2_000);
        List<ClaimedDelivery> first = adapters.transactions().inTransaction(
                () -> adapters.deliveries().claimDue("w", T0.plusSeconds(2), Duration.ofMinutes(1), 2_000));
        adapters.transactions().run(() -> adapters.deliveries().recordAttempts(first.stream().map(claimed -> new AttemptResult(
                claimed.lease(), new DeliveryAttempt(T0, OK, false), Settlement.finished(DeliveryStatus.SUCCEEDED, T0))).toList()));
        DSLContext sql = DATABASE.sql();
        sql.execute("analyze webhook_deliveries");
        add(adapters, org, 2_001, 5_000);

        String plan = sql.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            tx.connection(connection -> connection.createStatement().execute(JooqDeliveryRepository.CLAIM_SETTINGS));
            OffsetDateTime now = T0.plusSeconds(10).atOffset(ZoneOffset.UTC);
            return String.join("\n", tx.fetch("explain " + JooqDeliveryRepository.CLAIM_DUE, "w", now.plusMinutes(1), now, now, 16)
                    .getValues(0, String.class));
        });

        assertThat(plan).contains("webhook_deliveries_due").doesNotContain("Sort");
    }

    private static void add(Adapters adapters, OrganizationId org, int from, int to) {
        List<NewDelivery> added = IntStream.rangeClosed(from, to).mapToObj(n -> new NewDelivery(new DeliveryId(uuid(n)), org, new WebhookId(10),
                new EventId(uuid(100_000 + n)), "ticket.created", "{}".getBytes(StandardCharsets.UTF_8), T0.plusMillis(n))).toList();
        adapters.transactions().run(() -> adapters.deliveries().add(added));
    }
}

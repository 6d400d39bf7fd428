package dev.parley.adapter.persistence;

import static dev.parley.application.contract.Seed.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.contract.Adapters;
import dev.parley.application.contract.Seed;
import dev.parley.application.contract.WebhookSeed;
import dev.parley.application.fake.MutableClock;
import dev.parley.application.fake.ReversibleSecretCipher;
import dev.parley.application.fake.SequentialIdGenerator;
import dev.parley.application.fake.SequentialSecretGenerator;
import dev.parley.application.webhook.WebhookService;
import dev.parley.application.webhook.port.in.WebhookDraft;
import dev.parley.domain.shared.Conflict;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.shared.net.OutboundAddressPolicy;
import dev.parley.domain.webhook.Webhook;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two servers adding an organization's twentieth webhook at once: the second counts after the first commits and is refused. */
class WebhookLimitUnderConcurrencyTest {
    @RegisterExtension
    static final MigratedDatabase DATABASE = new MigratedDatabase();
    private static final long BLOCKED_FOR_MILLIS = 300;
    private static final WebhookDraft DRAFT = new WebhookDraft(Optional.of("https://example.com/hooks"), Optional.of(List.of("*")),
            Optional.empty(), Optional.empty());

    private Adapters adapters;
    private WebhookService service;
    private OrganizationId org;
    private OrganizationId otherOrg;

    @BeforeEach
    void seed() {
        adapters = DATABASE.emptyAdapters();
        Seed seed = new Seed(adapters);
        org = seed.organization(1, "acme");
        otherOrg = seed.organization(2, "globex");
        for (int i = 1; i < Webhook.MAX_PER_ORGANIZATION; i++) {
            adapters.webhooks().add(WebhookSeed.webhook(org, i, List.of("*"), T0));
        }
        service = new WebhookService(adapters.webhooks(), adapters.transactions(), new ReversibleSecretCipher(),
                new SequentialSecretGenerator(), new SequentialIdGenerator(1000), OutboundAddressPolicy.publicOnly(), new MutableClock(T0));
    }

    @Test
    void the_second_of_two_concurrent_creators_waits_for_the_first_and_finds_the_limit_reached() throws Exception {
        CompletableFuture<Void> second = adapters.transactions().inTransaction(() -> {
            service.create(org, DRAFT);
            CompletableFuture<Void> concurrent = CompletableFuture.runAsync(() -> service.create(org, DRAFT));
            assertThat(waitsAtLeast(concurrent)).isTrue();
            return concurrent;
        });

        assertThat(failureOf(second)).isInstanceOfSatisfying(Conflict.class,
                e -> assertThat(e.code()).isEqualTo("webhook.limit_reached"));
        assertThat(adapters.webhooks().lockAndCount(org)).isEqualTo(Webhook.MAX_PER_ORGANIZATION);
    }

    @Test
    void another_organizations_creator_does_not_wait() throws Exception {
        CompletableFuture<Void> other = adapters.transactions().inTransaction(() -> {
            service.create(org, DRAFT);
            CompletableFuture<Void> concurrent = CompletableFuture.runAsync(() -> service.create(otherOrg, DRAFT));
            try {
                concurrent.get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError("a creator in another organization waited or failed", e);
            }
            return concurrent;
        });

        assertThat(failureOf(other)).isNull();
        assertThat(adapters.webhooks().lockAndCount(otherOrg)).isEqualTo(1);
    }

    private static Throwable failureOf(CompletableFuture<Void> future) throws Exception {
        try {
            future.get(10, TimeUnit.SECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }

    private static boolean waitsAtLeast(CompletableFuture<?> future) {
        try {
            Thread.sleep(BLOCKED_FOR_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !future.isDone();
    }
}

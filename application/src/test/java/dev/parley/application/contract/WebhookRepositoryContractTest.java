package dev.parley.application.contract;

import static dev.parley.application.contract.Seed.T0;
import static dev.parley.application.contract.WebhookSeed.details;
import static dev.parley.application.contract.WebhookSeed.sealed;
import static dev.parley.application.contract.WebhookSeed.webhook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.application.webhook.port.out.WebhookRepository;
import dev.parley.domain.shared.Conflict;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.webhook.DeactivationReason;
import dev.parley.domain.webhook.EventCatalog;
import dev.parley.domain.webhook.PreviousSecret;
import dev.parley.domain.webhook.Webhook;
import dev.parley.domain.webhook.WebhookId;
import dev.parley.domain.webhook.WebhookUrl;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link WebhookRepository} must do: round-trips with sealed secrets, locking, tenancy, order, and who subscribes. */
public abstract class WebhookRepositoryContractTest {
    private Adapters adapters;
    private WebhookRepository webhooks;
    private OrganizationId org;
    private OrganizationId otherOrg;

    /** Fresh adapters with no data. */
    protected abstract Adapters adapters();

    @BeforeEach
    void seed() {
        adapters = adapters();
        Seed seed = new Seed(adapters);
        org = seed.organization(1, "acme");
        otherOrg = seed.organization(2, "globex");
        webhooks = adapters.webhooks();
    }

    private Webhook stored(long id) {
        return webhooks.find(org, new WebhookId(id)).orElseThrow();
    }

    private static List<Long> ids(List<Webhook> list) {
        return list.stream().map(w -> w.id().value()).toList();
    }

    @Test
    void a_new_webhook_comes_back_with_every_field_at_version_one() {
        String url = "https://hooks.example.com:8443/parley/" + "p".repeat(1989) + "?tenant=acme&x=%C3%A9";
        Webhook created = Webhook.create(new WebhookId(10), org,
                details(url, List.of("room.created", "ticket.created"), Optional.of("CRM sync — 東京")), true, sealed(10), T0);
        webhooks.add(created);

        Webhook found = stored(10);

        assertThat(found.organizationId()).isEqualTo(org);
        assertThat(found.details()).isEqualTo(created.details());
        assertThat(found.details().url().value()).isEqualTo(url).hasSize(WebhookUrl.MAX_LENGTH);
        assertThat(found.details().events().names()).containsExactly("room.created", "ticket.created");
        assertThat(found.details().description()).contains("CRM sync — 東京");
        assertThat(found.active()).isTrue();
        assertThat(found.deactivatedReason()).isEmpty();
        assertThat(found.secret()).isEqualTo(sealed(10));
        assertThat(found.previousSecret()).isEmpty();
        assertThat(found.secretRotatedAt()).isEmpty();
        assertThat(found.createdAt()).isEqualTo(T0);
        assertThat(found.updatedAt()).isEqualTo(T0);
        assertThat(found.version()).isEqualTo(1);
    }

    @Test
    void a_star_every_catalog_type_and_no_description_round_trip() {
        webhooks.add(webhook(org, 10, List.of("*"), T0));
        webhooks.add(webhook(org, 11, EventCatalog.TYPES, T0));

        assertThat(stored(10).details().events().isAll()).isTrue();
        assertThat(stored(10).details().description()).isEmpty();
        assertThat(stored(11).details().events().names()).containsExactlyElementsOf(EventCatalog.TYPES);
    }

    @Test
    void a_rotation_and_a_deactivation_are_saved_and_the_version_moves_on() {
        webhooks.add(webhook(org, 10, List.of("ticket.created"), T0));
        Instant later = T0.plus(Duration.ofMinutes(5)).plusNanos(1_000);
        Webhook loaded = stored(10);
        loaded.revise(details("https://other.example.com/in", List.of("*"), Optional.of("Moved")), later);
        loaded.rotate(sealed(99), later);
        loaded.deactivate(DeactivationReason.GONE, later);
        webhooks.update(loaded);

        Webhook found = stored(10);

        assertThat(found.details().url().value()).isEqualTo("https://other.example.com/in");
        assertThat(found.details().events().isAll()).isTrue();
        assertThat(found.details().description()).contains("Moved");
        assertThat(found.secret()).isEqualTo(sealed(99));
        assertThat(found.previousSecret()).contains(new PreviousSecret(sealed(10), later.plus(Webhook.ROTATION_GRACE)));
        assertThat(found.secretRotatedAt()).contains(later);
        assertThat(found.signingSecrets(later.plusSeconds(1))).containsExactly(sealed(99), sealed(10));
        assertThat(found.active()).isFalse();
        assertThat(found.deactivatedReason()).contains(DeactivationReason.GONE);
        assertThat(found.createdAt()).isEqualTo(T0);
        assertThat(found.updatedAt()).isEqualTo(later);
        assertThat(found.version()).isEqualTo(2);
    }

    @Test
    void saving_a_stale_copy_is_a_conflict_and_changes_nothing() {
        webhooks.add(webhook(org, 10, List.of("ticket.created"), T0));
        Webhook first = stored(10);
        Webhook second = stored(10);
        first.rotate(sealed(20), T0.plusSeconds(1));
        webhooks.update(first);
        second.rotate(sealed(30), T0.plusSeconds(2));

        assertThatThrownBy(() -> webhooks.update(second))
                .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.code()).isEqualTo("webhook.concurrent_update"));
        assertThatThrownBy(() -> webhooks.update(first)).isInstanceOf(Conflict.class);

        assertThat(stored(10).secret()).isEqualTo(sealed(20));
        assertThat(stored(10).version()).isEqualTo(2);
    }

    @Test
    void another_organizations_webhook_is_not_found_listed_counted_changed_deleted_or_subscribed() {
        webhooks.add(webhook(org, 10, List.of("*"), T0));
        Webhook loaded = stored(10);
        Webhook forged = Webhook.rehydrate(loaded.id(), otherOrg, loaded.details(), false, Optional.empty(), sealed(66),
                Optional.empty(), Optional.empty(), loaded.createdAt(), loaded.updatedAt(), loaded.version());

        assertThat(webhooks.find(otherOrg, new WebhookId(10))).isEmpty();
        assertThat(webhooks.page(otherOrg, new PageRequest(1, 10)).total()).isZero();
        assertThat(webhooks.lockAndCount(otherOrg)).isZero();
        assertThat(webhooks.activeSubscribedTo(otherOrg, "ticket.created")).isEmpty();
        assertThatThrownBy(() -> webhooks.update(forged)).isInstanceOf(Conflict.class);
        webhooks.delete(otherOrg, new WebhookId(10));
        assertThat(stored(10).active()).isTrue();
        assertThat(stored(10).secret()).isEqualTo(sealed(10));
    }

    @Test
    void pages_newest_first_with_the_higher_id_first_among_equals() {
        webhooks.add(webhook(org, 30, List.of("*"), T0));
        webhooks.add(webhook(org, 50, List.of("*"), T0.plusSeconds(2)));
        webhooks.add(webhook(otherOrg, 40, List.of("*"), T0.plusSeconds(5)));
        webhooks.add(webhook(org, 20, List.of("*"), T0.plusSeconds(1)));
        webhooks.add(webhook(org, 60, List.of("*"), T0.plusSeconds(1)));

        Page<Webhook> first = webhooks.page(org, new PageRequest(1, 3));
        Page<Webhook> second = webhooks.page(org, new PageRequest(2, 3));

        assertThat(ids(first.items())).containsExactly(50L, 60L, 20L);
        assertThat(ids(second.items())).containsExactly(30L);
        assertThat(first.total()).isEqualTo(4);
        assertThat(second.total()).isEqualTo(4);
        assertThat(webhooks.page(org, new PageRequest(3, 3)).items()).isEmpty();
    }

    @Test
    void counts_the_webhooks_of_one_organization() {
        assertThat(webhooks.lockAndCount(org)).isZero();
        webhooks.add(webhook(org, 1, List.of("*"), T0));
        webhooks.add(webhook(org, 2, List.of("*"), T0));
        webhooks.add(webhook(otherOrg, 3, List.of("*"), T0));

        assertThat(adapters.transactions().inTransaction(() -> webhooks.lockAndCount(org))).isEqualTo(2);
    }

    @Test
    void only_active_webhooks_whose_filter_takes_the_type_are_subscribed_oldest_first() {
        webhooks.add(webhook(org, 40, List.of("ticket.created", "ticket.updated"), T0.plusSeconds(3)));
        webhooks.add(webhook(org, 10, List.of("*"), T0.plusSeconds(2)));
        webhooks.add(webhook(org, 30, List.of("room.created"), T0));
        webhooks.add(webhook(org, 20, List.of("ticket.created"), T0.plusSeconds(2)));
        webhooks.add(webhook(otherOrg, 50, List.of("*"), T0));
        Webhook paused = webhook(org, 60, List.of("*"), T0);
        paused.deactivate(T0);
        webhooks.add(paused);
        Webhook gone = stored(20);
        gone.deactivate(DeactivationReason.GONE, T0.plusSeconds(4));
        webhooks.update(gone);

        assertThat(webhooks.activeSubscribedTo(org, "ticket.created")).containsExactly(new WebhookId(10), new WebhookId(40));
        assertThat(webhooks.activeSubscribedTo(org, "room.created")).containsExactly(new WebhookId(30), new WebhookId(10));
        assertThat(webhooks.activeSubscribedTo(org, "export.failed")).containsExactly(new WebhookId(10));
        assertThat(webhooks.activeSubscribedTo(org, "ticket")).containsExactly(new WebhookId(10));
    }

    @Test
    void deleting_a_webhook_deletes_that_one_only() {
        webhooks.add(webhook(org, 10, List.of("*"), T0));
        webhooks.add(webhook(org, 11, List.of("*"), T0));

        webhooks.delete(org, new WebhookId(10));
        webhooks.delete(org, new WebhookId(12));

        assertThat(webhooks.find(org, new WebhookId(10))).isEmpty();
        assertThat(stored(11).id()).isEqualTo(new WebhookId(11));
        assertThat(webhooks.lockAndCount(org)).isEqualTo(1);
    }
}

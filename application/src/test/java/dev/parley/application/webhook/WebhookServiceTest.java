package dev.parley.application.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.contract.InMemoryAdapters;
import dev.parley.application.contract.Seed;
import dev.parley.application.fake.MutableClock;
import dev.parley.application.fake.ReversibleSecretCipher;
import dev.parley.application.fake.SequentialIdGenerator;
import dev.parley.application.fake.SequentialSecretGenerator;
import dev.parley.application.shared.PageRequest;
import dev.parley.application.webhook.port.in.WebhookDraft;
import dev.parley.application.webhook.port.in.WebhookWithSecret;
import dev.parley.domain.shared.Conflict;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.NotFound;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.shared.SealedSecret;
import dev.parley.domain.shared.net.OutboundAddressPolicy;
import dev.parley.domain.webhook.DeactivationReason;
import dev.parley.domain.webhook.Webhook;
import dev.parley.domain.webhook.WebhookId;
import dev.parley.domain.webhook.WebhookSecret;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookServiceTest {
    private final MutableClock clock = MutableClock.standard();
    private final InMemoryAdapters adapters = InMemoryAdapters.create();
    private final ReversibleSecretCipher cipher = new ReversibleSecretCipher();
    private final SigningSecrets signing = new SigningSecrets(cipher);
    private final WebhookService service = service(OutboundAddressPolicy.publicOnly());
    private OrganizationId org;
    private OrganizationId otherOrg;

    private WebhookService service(OutboundAddressPolicy policy) {
        return new WebhookService(adapters.webhooks(), adapters.transactions(), cipher, new SequentialSecretGenerator(),
                new SequentialIdGenerator(1000), policy, clock);
    }

    @BeforeEach
    void seed() {
        Seed seed = new Seed(adapters);
        org = seed.organization(1, "acme");
        otherOrg = seed.organization(2, "globex");
    }

    private static WebhookDraft draft(String url, List<String> events) {
        return new WebhookDraft(Optional.ofNullable(url), Optional.ofNullable(events), Optional.empty(), Optional.empty());
    }

    private static WebhookDraft only(Optional<String> url, Optional<List<String>> events, Optional<Optional<String>> description,
                                     Optional<Boolean> active) {
        return new WebhookDraft(url, events, description, active);
    }

    private WebhookWithSecret created() {
        return service.create(org, draft("https://example.com/hooks", List.of("ticket.created")));
    }

    private Webhook stored(WebhookId id) {
        return adapters.webhooks().find(org, id).orElseThrow();
    }

    private static void assertInvalid(String field, String reason, Runnable action) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.reason()).contains(reason);
        });
    }

    @Test
    void creating_answers_a_new_secret_once_and_stores_it_sealed() {
        WebhookWithSecret answer = service.create(org, new WebhookDraft(Optional.of("https://example.com/hooks"),
                Optional.of(List.of("ticket.created", "room.created")), Optional.of(Optional.of(" CRM ")), Optional.empty()));

        byte[] firstRandom = ByteBuffer.allocate(32).putLong(1).array();
        assertThat(answer.secret().value()).isEqualTo("whsec_" + Base64.getEncoder().encodeToString(firstRandom));
        Webhook webhook = stored(new WebhookId(1000));
        assertThat(answer.webhook().id()).isEqualTo(webhook.id());
        assertThat(webhook.details().url().value()).isEqualTo("https://example.com/hooks");
        assertThat(webhook.details().events().names()).containsExactly("ticket.created", "room.created");
        assertThat(webhook.details().description()).contains("CRM");
        assertThat(webhook.active()).isTrue();
        assertThat(webhook.createdAt()).isEqualTo(clock.instant());
        assertThat(cipher.open(webhook.secret().bytes())).isEqualTo(answer.secret().value());
        assertThat(signing.at(webhook, clock.instant())).containsExactly(answer.secret());
        assertThat(adapters.transactions().begun()).isEqualTo(1);
    }

    @Test
    void every_webhook_gets_its_own_secret() {
        WebhookWithSecret first = created();
        WebhookWithSecret second = created();

        assertThat(first.secret()).isNotEqualTo(second.secret());
        assertThat(first.webhook().secret()).isNotEqualTo(second.webhook().secret());
    }

    @Test
    void a_webhook_can_be_created_switched_off() {
        WebhookWithSecret answer = service.create(org, only(Optional.of("https://example.com/"), Optional.of(List.of("*")),
                Optional.empty(), Optional.of(false)));

        assertThat(stored(answer.webhook().id()).active()).isFalse();
        assertThat(stored(answer.webhook().id()).deactivatedReason()).isEmpty();
    }

    @Test
    void creating_needs_a_url_and_events_that_pass_their_rules() {
        assertInvalid("url", "is required", () -> service.create(org, draft(null, List.of("*"))));
        assertInvalid("events", "is required", () -> service.create(org, draft("https://example.com/", null)));
        assertInvalid("url", "must use https", () -> service.create(org, draft("http://example.com/", List.of("*"))));
        assertInvalid("url", "must not point at a private", () -> service.create(org, draft("https://169.254.169.254/", List.of("*"))));
        assertInvalid("url", "must not point at a private", () -> service.create(org, draft("https://localhost:8080/", List.of("*"))));
        assertInvalid("events", "unknown event types: ticket.deleted", () ->
                service.create(org, draft("https://example.com/", List.of("ticket.deleted"))));
        assertInvalid("description", "at most 500", () -> service.create(org, new WebhookDraft(Optional.of("https://example.com/"),
                Optional.of(List.of("*")), Optional.of(Optional.of("x".repeat(501))), Optional.empty())));
        assertThat(adapters.webhooks().lockAndCount(org)).isZero();
    }

    @Test
    void the_operators_allow_list_admits_plain_http_to_the_addresses_it_names() {
        WebhookService local = service(OutboundAddressPolicy.fromSetting("127.0.0.1/32"));

        WebhookWithSecret answer = local.create(org, draft("http://127.0.0.1:8080/in", List.of("*")));

        assertThat(answer.webhook().details().url().value()).isEqualTo("http://127.0.0.1:8080/in");
        assertInvalid("url", "must not point at a private", () -> local.create(org, draft("http://10.0.0.1/", List.of("*"))));
    }

    @Test
    void an_organization_has_at_most_twenty_webhooks() {
        IntStream.range(0, Webhook.MAX_PER_ORGANIZATION).forEach(i -> created());

        assertThatThrownBy(this::created).isInstanceOfSatisfying(Conflict.class,
                e -> assertThat(e.code()).isEqualTo("webhook.limit_reached"));
        assertThat(adapters.webhooks().lockAndCount(org)).isEqualTo(20);
        assertThat(service.create(otherOrg, draft("https://example.com/", List.of("*"))).webhook().organizationId()).isEqualTo(otherOrg);
        service.delete(org, new WebhookId(1000));
        assertThat(created().webhook().organizationId()).isEqualTo(org);
    }

    @Test
    void a_partial_update_changes_only_the_fields_given() {
        WebhookId id = service.create(org, new WebhookDraft(Optional.of("https://example.com/hooks"), Optional.of(List.of("*")),
                Optional.of(Optional.of("Kept")), Optional.empty())).webhook().id();
        clock.advance(Duration.ofMinutes(1));

        Webhook events = service.update(org, id, only(Optional.empty(), Optional.of(List.of("poll.closed")), Optional.empty(),
                Optional.empty()));
        Webhook off = service.update(org, id, only(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(false)));
        Webhook cleared = service.update(org, id, only(Optional.empty(), Optional.empty(), Optional.of(Optional.empty()),
                Optional.empty()));

        assertThat(events.details().events().names()).containsExactly("poll.closed");
        assertThat(events.details().url().value()).isEqualTo("https://example.com/hooks");
        assertThat(events.details().description()).contains("Kept");
        assertThat(events.updatedAt()).isEqualTo(clock.instant());
        assertThat(off.active()).isFalse();
        assertThat(off.details().events().names()).containsExactly("poll.closed");
        assertThat(cleared.details().description()).isEmpty();
        assertThat(cleared.active()).isFalse();
        assertThat(stored(id).version()).isEqualTo(4);
    }

    @Test
    void a_full_update_sets_every_field_and_defaults_the_ones_left_out() {
        WebhookId id = service.create(org, new WebhookDraft(Optional.of("https://example.com/hooks"), Optional.of(List.of("*")),
                Optional.of(Optional.of("Dropped")), Optional.of(false))).webhook().id();

        Webhook replaced = service.replace(org, id, draft("https://example.com/v2", List.of("lesson.completed")));

        assertThat(replaced.details().url().value()).isEqualTo("https://example.com/v2");
        assertThat(replaced.details().events().names()).containsExactly("lesson.completed");
        assertThat(replaced.details().description()).isEmpty();
        assertThat(replaced.active()).isTrue();
        assertInvalid("url", "is required", () -> service.replace(org, id, draft(null, List.of("*"))));
        assertInvalid("events", "is required", () -> service.replace(org, id, draft("https://example.com/", null)));
    }

    @Test
    void switching_a_webhook_back_on_forgets_why_the_platform_switched_it_off() {
        WebhookId id = created().webhook().id();
        Webhook gone = stored(id);
        gone.deactivate(DeactivationReason.GONE, clock.instant());
        adapters.webhooks().update(gone);

        Webhook renamed = service.update(org, id, only(Optional.empty(), Optional.empty(), Optional.of(Optional.of("Still off")),
                Optional.empty()));
        Webhook on = service.update(org, id, only(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(true)));

        assertThat(renamed.deactivatedReason()).contains(DeactivationReason.GONE);
        assertThat(on.active()).isTrue();
        assertThat(on.deactivatedReason()).isEmpty();
    }

    @Test
    void a_refused_change_changes_nothing() {
        WebhookId id = created().webhook().id();

        assertInvalid("url", "must not contain a user name", () -> service.update(org, id,
                only(Optional.of("https://user:pw@example.com/"), Optional.of(List.of("*")), Optional.empty(), Optional.of(false))));
        assertInvalid("events", "not both", () -> service.update(org, id,
                only(Optional.empty(), Optional.of(List.of("*", "room.created")), Optional.empty(), Optional.empty())));

        Webhook unchanged = stored(id);
        assertThat(unchanged.details().url().value()).isEqualTo("https://example.com/hooks");
        assertThat(unchanged.details().events().names()).containsExactly("ticket.created");
        assertThat(unchanged.active()).isTrue();
        assertThat(unchanged.version()).isEqualTo(1);
    }

    @Test
    void rotating_answers_a_new_secret_and_the_old_one_keeps_signing_for_a_day() {
        WebhookWithSecret first = created();
        clock.advance(Duration.ofMinutes(3));

        WebhookWithSecret rotated = service.rotateSecret(org, first.webhook().id());

        Webhook webhook = stored(first.webhook().id());
        assertThat(rotated.secret()).isNotEqualTo(first.secret());
        assertThat(cipher.open(webhook.secret().bytes())).isEqualTo(rotated.secret().value());
        assertThat(webhook.secretRotatedAt()).contains(clock.instant());
        assertThat(rotated.webhook().secretRotatedAt()).contains(clock.instant());
        assertThat(signing.at(webhook, clock.instant())).containsExactly(rotated.secret(), first.secret());
        assertThat(signing.at(webhook, clock.instant().plus(Duration.ofHours(24)).minusNanos(1000)))
                .containsExactly(rotated.secret(), first.secret());
        assertThat(signing.at(webhook, clock.instant().plus(Duration.ofHours(24)))).containsExactly(rotated.secret());
    }

    @Test
    void a_secret_that_was_tampered_with_does_not_open() {
        Webhook webhook = stored(created().webhook().id());
        byte[] bytes = webhook.secret().bytes();
        bytes[bytes.length - 1] ^= 1;
        Webhook tampered = Webhook.rehydrate(webhook.id(), org, webhook.details(), true, Optional.empty(),
                new SealedSecret(bytes), Optional.empty(), Optional.empty(), webhook.createdAt(),
                webhook.updatedAt(), webhook.version());

        assertThatThrownBy(() -> signing.at(tampered, clock.instant())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void another_organizations_webhook_is_not_found_for_any_operation() {
        WebhookId id = created().webhook().id();
        WebhookDraft change = draft("https://example.com/", List.of("*"));

        for (Runnable action : List.<Runnable>of(() -> service.get(otherOrg, id), () -> service.update(otherOrg, id, change),
                () -> service.replace(otherOrg, id, change), () -> service.delete(otherOrg, id), () -> service.rotateSecret(otherOrg, id))) {
            assertThatThrownBy(action::run).isInstanceOfSatisfying(NotFound.class, e -> assertThat(e.code()).isEqualTo("webhook.not_found"));
        }
        assertThat(stored(id).version()).isEqualTo(1);
        assertThat(service.list(otherOrg, new PageRequest(1, 10)).items()).isEmpty();
    }

    @Test
    void lists_newest_first_and_deletes() {
        WebhookId older = created().webhook().id();
        clock.advance(Duration.ofSeconds(1));
        WebhookId newer = created().webhook().id();

        assertThat(service.list(org, new PageRequest(1, 10)).items()).extracting(Webhook::id).containsExactly(newer, older);
        assertThat(service.get(org, older).id()).isEqualTo(older);
        service.delete(org, older);
        assertThat(service.list(org, new PageRequest(1, 10)).items()).extracting(Webhook::id).containsExactly(newer);
        assertThatThrownBy(() -> service.get(org, older)).isInstanceOf(NotFound.class);
    }

    @Test
    void a_secret_is_whsec_and_the_base64_of_thirty_two_bytes() {
        WebhookSecret secret = created().secret();

        assertThat(secret.value()).matches("whsec_[A-Za-z0-9+/]{43}=");
        assertThat(Base64.getDecoder().decode(secret.value().substring("whsec_".length()))).hasSize(32);
    }
}

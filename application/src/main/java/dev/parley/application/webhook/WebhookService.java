package dev.parley.application.webhook;

import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.application.shared.port.out.IdGenerator;
import dev.parley.application.shared.port.out.SecretCipher;
import dev.parley.application.shared.port.out.SecretGenerator;
import dev.parley.application.shared.port.out.Transactions;
import dev.parley.application.webhook.port.in.WebhookDraft;
import dev.parley.application.webhook.port.in.WebhookQueries;
import dev.parley.application.webhook.port.in.WebhookUseCase;
import dev.parley.application.webhook.port.in.WebhookWithSecret;
import dev.parley.application.webhook.port.out.WebhookRepository;
import dev.parley.domain.shared.Conflict;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.NotFound;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.shared.SealedSecret;
import dev.parley.domain.shared.net.OutboundAddressPolicy;
import dev.parley.domain.webhook.EventFilter;
import dev.parley.domain.webhook.Webhook;
import dev.parley.domain.webhook.WebhookDetails;
import dev.parley.domain.webhook.WebhookId;
import dev.parley.domain.webhook.WebhookSecret;
import dev.parley.domain.webhook.WebhookUrl;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Webhooks: URLs checked against the operator's outbound policy, filters against the event catalog, at most
 * {@value Webhook#MAX_PER_ORGANIZATION} per organization, and secrets sealed before they reach the repository and
 * shown in clear only in the answer that makes them.
 */
public final class WebhookService implements WebhookUseCase, WebhookQueries {
    private final WebhookRepository webhooks;
    private final Transactions tx;
    private final SecretCipher cipher;
    private final SecretGenerator secrets;
    private final IdGenerator ids;
    private final OutboundAddressPolicy outbound;
    private final Clock clock;

    public WebhookService(WebhookRepository webhooks, Transactions tx, SecretCipher cipher, SecretGenerator secrets, IdGenerator ids,
                          OutboundAddressPolicy outbound, Clock clock) {
        this.webhooks = webhooks;
        this.tx = tx;
        this.cipher = cipher;
        this.secrets = secrets;
        this.ids = ids;
        this.outbound = outbound;
        this.clock = clock;
    }

    @Override
    public WebhookWithSecret create(OrganizationId org, WebhookDraft draft) {
        WebhookDetails details = new WebhookDetails(url(required("url", draft.url())), events(required("events", draft.events())),
                draft.description().flatMap(description -> description));
        WebhookSecret secret = newSecret();
        SealedSecret sealed = seal(secret);
        return tx.inTransaction(() -> {
            if (webhooks.lockAndCount(org) >= Webhook.MAX_PER_ORGANIZATION) {
                throw new Conflict("webhook.limit_reached", "An organization can have at most " + Webhook.MAX_PER_ORGANIZATION
                        + " webhooks; delete one before adding another.");
            }
            Webhook webhook = Webhook.create(new WebhookId(ids.newLongId()), org, details, draft.active().orElse(true), sealed,
                    clock.instant());
            webhooks.add(webhook);
            return new WebhookWithSecret(webhook, secret);
        });
    }

    @Override
    public Webhook replace(OrganizationId org, WebhookId id, WebhookDraft draft) {
        WebhookDetails details = new WebhookDetails(url(required("url", draft.url())), events(required("events", draft.events())),
                draft.description().flatMap(description -> description));
        return tx.inTransaction(() -> change(load(org, id), details, Optional.of(draft.active().orElse(true))));
    }

    @Override
    public Webhook update(OrganizationId org, WebhookId id, WebhookDraft changes) {
        Optional<WebhookUrl> url = changes.url().map(this::url);
        Optional<EventFilter> events = changes.events().map(WebhookService::events);
        return tx.inTransaction(() -> {
            Webhook webhook = load(org, id);
            WebhookDetails current = webhook.details();
            WebhookDetails details = new WebhookDetails(url.orElse(current.url()), events.orElse(current.events()),
                    changes.description().orElse(current.description()));
            return change(webhook, details, changes.active());
        });
    }

    private Webhook change(Webhook webhook, WebhookDetails details, Optional<Boolean> active) {
        webhook.revise(details, clock.instant());
        active.ifPresent(on -> {
            if (on) {
                webhook.activate(clock.instant());
            } else {
                webhook.deactivate(clock.instant());
            }
        });
        webhooks.update(webhook);
        return webhook;
    }

    @Override
    public void delete(OrganizationId org, WebhookId id) {
        tx.run(() -> webhooks.delete(org, load(org, id).id()));
    }

    @Override
    public WebhookWithSecret rotateSecret(OrganizationId org, WebhookId id) {
        WebhookSecret secret = newSecret();
        SealedSecret sealed = seal(secret);
        return tx.inTransaction(() -> {
            Webhook webhook = load(org, id);
            webhook.rotate(sealed, clock.instant());
            webhooks.update(webhook);
            return new WebhookWithSecret(webhook, secret);
        });
    }

    @Override
    public Page<Webhook> list(OrganizationId org, PageRequest page) {
        return webhooks.page(org, page);
    }

    @Override
    public Webhook get(OrganizationId org, WebhookId id) {
        return load(org, id);
    }

    private Webhook load(OrganizationId org, WebhookId id) {
        return webhooks.find(org, id).orElseThrow(() -> new NotFound("webhook", id.value()));
    }

    private WebhookUrl url(String raw) {
        return WebhookUrl.parse(raw, outbound);
    }

    private static EventFilter events(List<String> raw) {
        return EventFilter.parse("events", raw);
    }

    private WebhookSecret newSecret() {
        return WebhookSecret.fromRandomBytes(secrets.bytes(WebhookSecret.RANDOM_BYTES));
    }

    private SealedSecret seal(WebhookSecret secret) {
        return new SealedSecret(cipher.seal(secret.value()));
    }

    private static <T> T required(String field, Optional<T> value) {
        return value.orElseThrow(() -> new InvalidInput(field, "is required"));
    }
}

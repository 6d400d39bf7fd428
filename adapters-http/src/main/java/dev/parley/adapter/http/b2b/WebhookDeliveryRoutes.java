package dev.parley.adapter.http.b2b;

import static dev.parley.adapter.http.b2b.B2bRequests.org;

import dev.parley.adapter.http.b2b.dto.DataEnvelope;
import dev.parley.adapter.http.support.Idempotency;
import dev.parley.adapter.http.support.RateLimited;
import dev.parley.adapter.http.support.Responses;
import dev.parley.application.identity.port.in.ThrottleUseCase;
import dev.parley.application.webhook.port.in.WebhookDeliveriesUseCase;
import dev.parley.application.webhook.port.in.WebhookQueries;
import dev.parley.domain.identity.RateWindow.RateDecision;
import dev.parley.domain.identity.RateWindow.RatePolicy;
import dev.parley.domain.shared.NotFound;
import dev.parley.domain.webhook.DeliveryId;
import dev.parley.domain.webhook.WebhookId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A webhook's deliveries: the attempts log, test pings (at most {@link #TEST_PINGS} a minute per webhook, counted in the
 * rolling windows every server shares) and redelivery. A delivery is named in the path as the {@code delivery_id} the
 * log shows, its UUID.
 */
public final class WebhookDeliveryRoutes {
    static final RatePolicy TEST_PINGS = RatePolicy.perMinute(5);
    private static final String WEBHOOK = "/api/integrations/webhooks/{id}";
    private static final Pattern UUID_TEXT = Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    private final WebhookDeliveriesUseCase deliveries;
    private final WebhookQueries webhooks;
    private final ThrottleUseCase throttle;
    private final Idempotency idempotency;

    public WebhookDeliveryRoutes(WebhookDeliveriesUseCase deliveries, WebhookQueries webhooks, ThrottleUseCase throttle,
                                 Idempotency idempotency) {
        this.deliveries = deliveries;
        this.webhooks = webhooks;
        this.throttle = throttle;
        this.idempotency = idempotency;
    }

    public void register(RoutesConfig routes) {
        routes.get(WEBHOOK + "/deliveries", this::log, WebhookRoutes.MANAGE);
        routes.post(WEBHOOK + "/test", this::ping, WebhookRoutes.MANAGE);
        routes.post(WEBHOOK + "/deliveries/{delivery}/redeliver", idempotency.wrap(this::redeliver), WebhookRoutes.MANAGE);
    }

    private void log(Context ctx) {
        var page = deliveries.deliveries(org(ctx), webhook(ctx), B2bRequests.page(ctx)).map(WebhookDeliveryDtoMapper::toAttempt);
        Responses.json(ctx, 200, LaravelPage.of(page, ctx.path(), ctx.queryParamMap()));
    }

    /**
     * Not wrapped in {@link Idempotency}: its transaction would stay open for the whole outbound call. The webhook is
     * looked up first so another organization's id is 404 however often it is tried, never 429.
     */
    private void ping(Context ctx) {
        WebhookId webhook = webhook(ctx);
        webhooks.get(org(ctx), webhook);
        RateDecision decision = throttle.admit("webhook-test:" + webhook.value(), TEST_PINGS);
        if (!decision.admitted()) {
            throw RateLimited.refusal(decision, "Too many test pings for webhook " + webhook.value() + ": at most " + TEST_PINGS.limit()
                    + " a minute. Retry in " + decision.retryAfterSeconds() + " seconds.");
        }
        Responses.json(ctx, 200, new DataEnvelope<>(WebhookDeliveryDtoMapper.toPing(deliveries.ping(org(ctx), webhook))));
    }

    private void redeliver(Context ctx) {
        DeliveryId delivery = delivery(ctx);
        deliveries.redeliver(org(ctx), webhook(ctx), delivery);
        Responses.json(ctx, 202, new DataEnvelope<>(WebhookDeliveryDtoMapper.toRedelivery(delivery)));
    }

    private static WebhookId webhook(Context ctx) {
        return new WebhookId(B2bRequests.pathId(ctx, "id", "webhook"));
    }

    private static DeliveryId delivery(Context ctx) {
        String raw = ctx.pathParam("delivery");
        if (!UUID_TEXT.matcher(raw).matches()) {
            throw new NotFound("webhook_delivery", raw);
        }
        return new DeliveryId(UUID.fromString(raw));
    }
}

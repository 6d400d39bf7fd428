package dev.parley.adapter.http.b2b;

import static dev.parley.adapter.http.b2b.B2bRequests.org;

import dev.parley.adapter.http.b2b.dto.DataEnvelope;
import dev.parley.adapter.http.support.Idempotency;
import dev.parley.adapter.http.support.JsonBody;
import dev.parley.adapter.http.support.Requires;
import dev.parley.adapter.http.support.Responses;
import dev.parley.application.webhook.port.in.WebhookDraft;
import dev.parley.application.webhook.port.in.WebhookQueries;
import dev.parley.application.webhook.port.in.WebhookUseCase;
import dev.parley.domain.identity.Ability;
import dev.parley.domain.webhook.WebhookId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * Webhooks: {@code /api/integrations/webhooks}. The signing secret appears only in the answers to a create and a
 * rotation; an idempotent replay of either is stored sealed.
 */
public final class WebhookRoutes {
    static final Requires MANAGE = new Requires(Ability.WEBHOOKS_MANAGE);
    private static final String WEBHOOKS = "/api/integrations/webhooks";
    private static final String WEBHOOK = WEBHOOKS + "/{id}";

    private final WebhookUseCase webhooks;
    private final WebhookQueries queries;
    private final Idempotency sealedIdempotency;
    private final WebhookDtoMapper mapper = WebhookDtoMapper.INSTANCE;

    public WebhookRoutes(WebhookUseCase webhooks, WebhookQueries queries, Idempotency sealedIdempotency) {
        this.webhooks = webhooks;
        this.queries = queries;
        this.sealedIdempotency = sealedIdempotency;
    }

    public void register(RoutesConfig routes) {
        routes.get(WEBHOOKS, this::list, MANAGE);
        routes.post(WEBHOOKS, sealedIdempotency.wrap(this::create), MANAGE);
        routes.get(WEBHOOK, ctx -> Responses.json(ctx, 200, new DataEnvelope<>(mapper.toWebhook(queries.get(org(ctx), id(ctx))))),
                MANAGE);
        routes.put(WEBHOOK, ctx -> Responses.json(ctx, 200,
                new DataEnvelope<>(mapper.toWebhook(webhooks.replace(org(ctx), id(ctx), draft(ctx))))), MANAGE);
        routes.patch(WEBHOOK, ctx -> Responses.json(ctx, 200,
                new DataEnvelope<>(mapper.toWebhook(webhooks.update(org(ctx), id(ctx), draft(ctx))))), MANAGE);
        routes.delete(WEBHOOK, ctx -> {
            webhooks.delete(org(ctx), id(ctx));
            Responses.noContent(ctx);
        }, MANAGE);
        routes.post(WEBHOOK + "/secret:rotate", sealedIdempotency.wrap(ctx -> Responses.json(ctx, 200,
                new DataEnvelope<>(mapper.toWebhookWithSecret(webhooks.rotateSecret(org(ctx), id(ctx)))))), MANAGE);
    }

    private void list(Context ctx) {
        var page = queries.list(org(ctx), B2bRequests.page(ctx));
        Responses.json(ctx, 200, LaravelPage.of(page.map(mapper::toWebhook), ctx.path(), ctx.queryParamMap()));
    }

    private void create(Context ctx) {
        Responses.json(ctx, 201, new DataEnvelope<>(mapper.toWebhookWithSecret(webhooks.create(org(ctx), draft(ctx)))));
    }

    private static WebhookDraft draft(Context ctx) {
        JsonBody body = JsonBody.parse(ctx.body());
        Optional<Optional<String>> description = body.has("description") ? Optional.of(body.text("description")) : Optional.empty();
        return new WebhookDraft(body.text("url"), body.textList("events"), description, body.bool("active"));
    }

    private static WebhookId id(Context ctx) {
        return new WebhookId(B2bRequests.pathId(ctx, "id", "webhook"));
    }
}

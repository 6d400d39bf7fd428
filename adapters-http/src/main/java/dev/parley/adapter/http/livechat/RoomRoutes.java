package dev.parley.adapter.http.livechat;

import dev.parley.adapter.http.livechat.dto.DataList;
import dev.parley.adapter.http.livechat.dto.IdResponse;
import dev.parley.adapter.http.support.CallerContext;
import dev.parley.adapter.http.support.Idempotency;
import dev.parley.adapter.http.support.JsonBody;
import dev.parley.adapter.http.support.QueryParams;
import dev.parley.adapter.http.support.Requires;
import dev.parley.adapter.http.support.Responses;
import dev.parley.application.livechat.port.in.RoomPatch;
import dev.parley.application.livechat.port.in.RoomQueries;
import dev.parley.application.livechat.port.in.RoomUseCase;
import dev.parley.domain.identity.Ability;
import dev.parley.domain.livechat.ProfanitiesMethod;
import dev.parley.domain.livechat.StatisticsRequest;
import dev.parley.domain.shared.OrganizationId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;

/** Rooms: {@code /v1/rooms}, the colon routes that open and close them, and their live figures. */
public final class RoomRoutes {
    static final Requires READ = new Requires(Ability.ROOMS_READ);
    static final Requires CREATE = new Requires(Ability.ROOMS_CREATE);
    static final Requires UPDATE = new Requires(Ability.ROOMS_UPDATE);
    static final Requires DELETE = new Requires(Ability.ROOMS_DELETE);

    private final RoomUseCase rooms;
    private final RoomQueries queries;
    private final Idempotency idempotency;
    private final LivechatDtoMapper mapper = LivechatDtoMapper.INSTANCE;

    public RoomRoutes(RoomUseCase rooms, RoomQueries queries, Idempotency idempotency) {
        this.rooms = rooms;
        this.queries = queries;
        this.idempotency = idempotency;
    }

    public void register(RoutesConfig routes) {
        routes.get("/v1/rooms", this::list, READ);
        routes.post("/v1/rooms", idempotency.wrap(this::create), CREATE);
        routes.get("/v1/rooms/{room-id}", this::get, READ);
        routes.put("/v1/rooms/{room-id}", this::update, UPDATE);
        routes.patch("/v1/rooms/{room-id}", this::update, UPDATE);
        routes.delete("/v1/rooms/{room-id}", ctx -> {
            rooms.delete(org(ctx), LivechatIds.room(ctx.pathParam("room-id")));
            Responses.noContent(ctx);
        }, DELETE);
        routes.post("/v1/rooms:open/{room-id}", ctx -> {
            rooms.open(org(ctx), LivechatIds.room(ctx.pathParam("room-id")));
            Responses.noContent(ctx);
        }, UPDATE);
        routes.post("/v1/rooms:close/{room-id}", ctx -> {
            rooms.close(org(ctx), LivechatIds.room(ctx.pathParam("room-id")));
            Responses.noContent(ctx);
        }, UPDATE);
        routes.post("/v1/rooms/{room-id}/signing-key:rotate", ctx -> {
            String key = rooms.rotateSigningKey(org(ctx), LivechatIds.room(ctx.pathParam("room-id"))).value();
            Responses.json(ctx, 200, Map.of("signing_key", key));
        }, UPDATE);
        routes.get("/v1/rooms/{room-id}/realtime-data", ctx ->
                Responses.json(ctx, 200, mapper.toRealtime(queries.realtime(org(ctx), LivechatIds.room(ctx.pathParam("room-id"))))), READ);
    }

    private void list(Context ctx) {
        Responses.json(ctx, 200, new DataList<>(queries.list(org(ctx), statistics(ctx)).stream().map(mapper::toRoom).toList()));
    }

    private void get(Context ctx) {
        Responses.json(ctx, 200, mapper.toRoom(queries.get(org(ctx), LivechatIds.room(ctx.pathParam("room-id")), statistics(ctx))));
    }

    private void create(Context ctx) {
        RoomPatch fields = patch(JsonBody.parse(ctx.body()));
        Responses.json(ctx, 200, new IdResponse(rooms.register(org(ctx), fields).value().toString()));
    }

    private void update(Context ctx) {
        var id = LivechatIds.room(ctx.pathParam("room-id"));
        rooms.update(org(ctx), id, patch(JsonBody.parse(ctx.body())));
        Responses.noContent(ctx);
    }

    static OrganizationId org(Context ctx) {
        return CallerContext.caller(ctx).organizationId();
    }

    private static Optional<StatisticsRequest> statistics(Context ctx) {
        return QueryParams.text(ctx, "statistics").map(StatisticsRequest::parse);
    }

    private static RoomPatch patch(JsonBody body) {
        return new RoomPatch(
                body.text("name"),
                body.integer("max_clients"),
                body.bool("disable_username"),
                body.textList("embeddable_domains"),
                body.bool("show_clients_count"),
                body.text("custom_styles"),
                body.textList("profanities"),
                body.text("profanities_method").map(ProfanitiesMethod::parse),
                body.textList("blacklist_ipv4"),
                body.integer("cooldown_seconds"),
                body.bool("allow_client_deletes"),
                body.bool("allow_repeated_posts"),
                body.bool("allow_post_links"));
    }
}

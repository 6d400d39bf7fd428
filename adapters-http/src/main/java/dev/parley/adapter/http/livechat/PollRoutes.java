package dev.parley.adapter.http.livechat;

import static dev.parley.adapter.http.livechat.RoomRoutes.org;

import dev.parley.adapter.http.livechat.dto.DataList;
import dev.parley.adapter.http.livechat.dto.IdResponse;
import dev.parley.adapter.http.support.Idempotency;
import dev.parley.adapter.http.support.JsonBody;
import dev.parley.adapter.http.support.Responses;
import dev.parley.application.livechat.port.in.PollDraft;
import dev.parley.application.livechat.port.in.PollDraft.OptionDraft;
import dev.parley.application.livechat.port.in.PollUseCase;
import dev.parley.domain.livechat.DisplayFormat;
import dev.parley.domain.livechat.PollId;
import dev.parley.domain.livechat.RoomId;
import dev.parley.domain.shared.Text;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/** A room's polls, the colon routes that open and close them, and votes. */
public final class PollRoutes {
    private final PollUseCase polls;
    private final Idempotency idempotency;
    private final LivechatDtoMapper mapper = LivechatDtoMapper.INSTANCE;

    public PollRoutes(PollUseCase polls, Idempotency idempotency) {
        this.polls = polls;
        this.idempotency = idempotency;
    }

    public void register(RoutesConfig routes) {
        routes.get("/v1/rooms/{room-id}/polls", ctx ->
                Responses.json(ctx, 200, new DataList<>(polls.list(org(ctx), room(ctx)).stream().map(mapper::toPoll).toList())), RoomRoutes.READ);
        routes.post("/v1/rooms/{room-id}/polls", idempotency.wrap(this::create), RoomRoutes.UPDATE);
        routes.get("/v1/rooms/{room-id}/polls/{poll-id}", ctx ->
                Responses.json(ctx, 200, mapper.toPoll(polls.get(org(ctx), room(ctx), poll(ctx)))), RoomRoutes.READ);
        routes.put("/v1/rooms/{room-id}/polls/{poll-id}", this::update, RoomRoutes.UPDATE);
        routes.patch("/v1/rooms/{room-id}/polls/{poll-id}", this::update, RoomRoutes.UPDATE);
        routes.delete("/v1/rooms/{room-id}/polls/{poll-id}", ctx -> {
            polls.delete(org(ctx), room(ctx), poll(ctx));
            Responses.noContent(ctx);
        }, RoomRoutes.UPDATE);
        routes.post("/v1/rooms/{room-id}/polls:open/{poll-id}", ctx -> {
            polls.open(org(ctx), room(ctx), poll(ctx));
            Responses.noContent(ctx);
        }, RoomRoutes.UPDATE);
        routes.post("/v1/rooms/{room-id}/polls:close/{poll-id}", ctx -> {
            polls.close(org(ctx), room(ctx), poll(ctx));
            Responses.noContent(ctx);
        }, RoomRoutes.UPDATE);
        routes.post("/v1/rooms/{room-id}/polls/{poll-id}/votes", this::vote, RoomRoutes.UPDATE);
    }

    private void create(Context ctx) {
        RoomId room = room(ctx);
        PollDraft draft = draft(JsonBody.parse(ctx.body()));
        Responses.json(ctx, 200, new IdResponse(polls.create(org(ctx), room, draft).value().toString()));
    }

    private void update(Context ctx) {
        RoomId room = room(ctx);
        PollId poll = poll(ctx);
        polls.update(org(ctx), room, poll, draft(JsonBody.parse(ctx.body())));
        Responses.noContent(ctx);
    }

    private void vote(Context ctx) {
        RoomId room = room(ctx);
        PollId poll = poll(ctx);
        JsonBody body = JsonBody.parse(ctx.body());
        String userId = Text.requireLine("userid", body.requiredText("userid"), 200);
        polls.vote(org(ctx), room, poll, userId, LivechatIds.option("option_id", body.requiredText("option_id")));
        Responses.noContent(ctx);
    }

    private static PollDraft draft(JsonBody body) {
        Optional<Optional<Integer>> timeToAnswer = body.has("time_to_answer")
                ? Optional.of(body.integer("time_to_answer"))
                : Optional.empty();
        return new PollDraft(
                body.text("query"),
                body.objects("options").map(PollRoutes::options),
                timeToAnswer,
                body.bool("publish_result"),
                body.integer("time_for_result"),
                body.text("display_format").map(DisplayFormat::parse),
                body.bool("show_correctness"));
    }

    private static List<OptionDraft> options(List<JsonBody> items) {
        return items.stream().map(item -> new OptionDraft(item.requiredText("text"), item.bool("is_correct").orElse(false))).toList();
    }

    private static RoomId room(Context ctx) {
        return LivechatIds.room(ctx.pathParam("room-id"));
    }

    private static PollId poll(Context ctx) {
        return LivechatIds.poll(ctx.pathParam("poll-id"));
    }
}

package dev.parley.adapter.http.livechat;

import static dev.parley.adapter.http.livechat.RoomRoutes.org;

import dev.parley.adapter.http.livechat.dto.IdResponse;
import dev.parley.adapter.http.livechat.dto.MessageHistoryResponse;
import dev.parley.adapter.http.support.Idempotency;
import dev.parley.adapter.http.support.JsonBody;
import dev.parley.adapter.http.support.QueryParams;
import dev.parley.adapter.http.support.Responses;
import dev.parley.application.livechat.port.in.ChatUseCase;
import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.livechat.ChatMessage;
import dev.parley.domain.livechat.ModerationPolicy.MessageBody;
import dev.parley.domain.livechat.RoomId;
import dev.parley.domain.livechat.Sender;
import dev.parley.domain.shared.InvalidInput;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** A room's message history, server-side posting through moderation, and moderators' deletions. */
public final class MessageRoutes {
    public static final int DEFAULT_PER_PAGE = 100;
    public static final int MAX_PER_PAGE = 100;

    private final ChatUseCase chat;
    private final Idempotency idempotency;
    private final LivechatDtoMapper mapper = LivechatDtoMapper.INSTANCE;

    public MessageRoutes(ChatUseCase chat, Idempotency idempotency) {
        this.chat = chat;
        this.idempotency = idempotency;
    }

    public void register(RoutesConfig routes) {
        routes.get("/v1/rooms/{room-id}/messages", this::history, RoomRoutes.READ);
        routes.post("/v1/rooms/{room-id}/messages", idempotency.wrap(this::post), RoomRoutes.UPDATE);
        routes.delete("/v1/rooms/{room-id}/messages", ctx -> {
            chat.clearHistory(org(ctx), room(ctx));
            Responses.noContent(ctx);
        }, RoomRoutes.UPDATE);
        routes.delete("/v1/rooms/{room-id}/messages/{message-id}", ctx -> {
            chat.deleteMessage(org(ctx), room(ctx), LivechatIds.message(ctx.pathParam("message-id")));
            Responses.noContent(ctx);
        }, RoomRoutes.UPDATE);
    }

    private void history(Context ctx) {
        RoomId room = room(ctx);
        PageRequest page = PageRequest.of(QueryParams.positiveInt(ctx, "page", 1),
                QueryParams.positiveInt(ctx, "per_page", DEFAULT_PER_PAGE), MAX_PER_PAGE);
        boolean oldestFirst = switch (QueryParams.text(ctx, "sort").orElse("timestamp|desc")) {
            case "timestamp|desc" -> false;
            case "timestamp|asc" -> true;
            default -> throw new InvalidInput("sort", "must be timestamp|desc or timestamp|asc");
        };
        Page<ChatMessage> messages = chat.history(org(ctx), room, page, oldestFirst);
        Responses.json(ctx, 200, new MessageHistoryResponse(messages.items().stream().map(mapper::toMessage).toList(),
                page.page(), page.perPage(), messages.total()));
    }

    private void post(Context ctx) {
        RoomId room = room(ctx);
        JsonBody body = JsonBody.parse(ctx.body());
        Sender sender = new Sender(body.requiredText("userid"), body.text("username"), body.bool("moderator").orElse(false));
        ChatMessage message = chat.post(org(ctx), room, sender, new MessageBody(body.requiredText("message")));
        Responses.json(ctx, 200, new IdResponse(message.id().value().toString()));
    }

    private static RoomId room(Context ctx) {
        return LivechatIds.room(ctx.pathParam("room-id"));
    }
}

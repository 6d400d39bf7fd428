package dev.parley.adapter.http.livechat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.adapter.http.livechat.dto.RoomResponse;
import dev.parley.adapter.http.support.Json;
import dev.parley.adapter.http.support.StoredEventData;
import dev.parley.adapter.http.support.SurfaceEventData;
import dev.parley.application.livechat.port.in.PollView;
import dev.parley.domain.livechat.ChatMessage;
import dev.parley.domain.livechat.ChatMessageId;
import dev.parley.domain.livechat.DisplayFormat;
import dev.parley.domain.livechat.Poll;
import dev.parley.domain.livechat.PollId;
import dev.parley.domain.livechat.PollOption;
import dev.parley.domain.livechat.PollOptionId;
import dev.parley.domain.livechat.PollSettings;
import dev.parley.domain.livechat.PollState;
import dev.parley.domain.livechat.RoomId;
import dev.parley.domain.livechat.Visibility;
import dev.parley.domain.shared.JsonFragment;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Room, chat message and poll events as the live chat surface shows them: snake_case, UUID ids, times as
 * {@code 2024-03-15 14:23:00}. A room is {@code GET /v1/rooms/{id}} without its signing key and live figures, a message
 * is an item of the room's history with its {@code room_id}, a poll is {@code GET /v1/rooms/{id}/polls/{poll}} at the
 * moment it opened or closed, through {@link LivechatDtoMapper} as the routes do.
 */
public final class LivechatEventData implements SurfaceEventData {
    public static final Set<String> ROOM_TYPES = Set.of("room.created", "room.updated", "room.deleted", "room.opened", "room.closed");
    public static final String ROOM_MESSAGE_CREATED = "room.message.created";
    public static final String POLL_OPENED = "poll.opened";
    public static final String POLL_CLOSED = "poll.closed";
    /** What {@code GET /v1/rooms/{id}} shows that a webhook leaves out: a secret and figures of the present moment. */
    static final List<String> NOT_IN_EVENTS = List.of("signing_key", "statistics", "realtime_data");

    private static final LivechatDtoMapper MAPPER = LivechatDtoMapper.INSTANCE;

    @Override
    public Set<String> types() {
        Set<String> types = new HashSet<>(ROOM_TYPES);
        types.addAll(List.of(ROOM_MESSAGE_CREATED, POLL_OPENED, POLL_CLOSED));
        return Set.copyOf(types);
    }

    @Override
    public JsonFragment render(String type, OrganizationId organization, StoredEventData data) {
        if (ROOM_TYPES.contains(type)) {
            return room(data);
        }
        return switch (type) {
            case ROOM_MESSAGE_CREATED -> message(data);
            case POLL_OPENED, POLL_CLOSED -> poll(organization, data);
            default -> throw new IllegalArgumentException("the live chat does not own " + type);
        };
    }

    private static JsonFragment room(StoredEventData data) {
        RoomResponse room = new RoomResponse(data.uuid("room_id").toString(), data.text("name"), data.text("status"),
                (int) data.number("max_clients"), data.flag("disable_username"), data.texts("embeddable_domains"),
                data.flag("show_clients_count"), data.text("custom_styles"), data.texts("profanities"),
                data.text("profanities_method"), data.texts("blacklist_ipv4"), (int) data.number("cooldown_seconds"),
                data.flag("allow_client_deletes"), data.flag("allow_repeated_posts"), data.flag("allow_post_links"),
                null, null, null, MAPPER.time(data.instant("created_at")), MAPPER.time(data.instant("updated_at")));
        ObjectNode shown = Json.tree(room);
        shown.remove(NOT_IN_EVENTS);
        return Json.fragment(shown);
    }

    private static JsonFragment message(StoredEventData data) {
        ChatMessage message = new ChatMessage(new ChatMessageId(data.uuid("message_id")), new RoomId(data.uuid("room_id")),
                data.text("userid"), data.optionalText("username"), data.text("message"), data.flag("moderator"),
                data.choice("visibility", Visibility.values(), Visibility::wireName), data.instant("timestamp"));
        return Json.fragment(Json.withAfterId(Json.tree(MAPPER.toMessage(message)), "room_id", message.roomId().value().toString()));
    }

    private static JsonFragment poll(OrganizationId organization, StoredEventData data) {
        List<StoredEventData> stored = data.items("options");
        List<PollOption> options = stored.stream()
                .map(o -> new PollOption(new PollOptionId(o.uuid("id")), o.text("text"), o.flag("is_correct"))).toList();
        Map<PollOptionId, Long> votes = new HashMap<>();
        for (int i = 0; i < options.size(); i++) {
            votes.put(options.get(i).id(), stored.get(i).number("votes"));
        }
        PollSettings settings = new PollSettings(data.text("query"), options, data.optionalNumber("time_to_answer").map(Math::toIntExact),
                data.flag("publish_result"), Math.toIntExact(data.number("time_for_result")),
                data.choice("display_format", DisplayFormat.values(), DisplayFormat::wireName), data.flag("show_correctness"));
        Optional<Instant> openedAt = data.optionalInstant("opened_at");
        Optional<Instant> closedAt = data.optionalInstant("closed_at");
        PollState state = closedAt.isPresent() ? PollState.CLOSED : openedAt.isPresent() ? PollState.OPEN : PollState.CREATED;
        Poll poll = Poll.rehydrate(new PollId(data.uuid("poll_id")), new RoomId(data.uuid("room_id")), organization, settings, state,
                data.instant("created_at"), data.instant("updated_at"), openedAt, closedAt, 0);
        return Json.fragment(MAPPER.toPoll(new PollView(poll, votes)));
    }
}

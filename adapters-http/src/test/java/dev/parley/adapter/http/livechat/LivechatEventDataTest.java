package dev.parley.adapter.http.livechat;

import static dev.parley.adapter.http.support.StoredEvents.only;
import static dev.parley.adapter.http.support.StoredEvents.shown;
import static dev.parley.adapter.http.support.StoredEvents.stored;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.adapter.http.support.StoredEventData;
import dev.parley.adapter.http.support.StoredEvents;
import dev.parley.application.contract.Seed;
import dev.parley.application.livechat.port.in.PollView;
import dev.parley.application.livechat.port.in.RealtimeData;
import dev.parley.application.livechat.port.in.RoomView;
import dev.parley.domain.livechat.ChatMessage;
import dev.parley.domain.livechat.ChatMessageId;
import dev.parley.domain.livechat.DisplayFormat;
import dev.parley.domain.livechat.Poll;
import dev.parley.domain.livechat.PollId;
import dev.parley.domain.livechat.PollOption;
import dev.parley.domain.livechat.PollOptionId;
import dev.parley.domain.livechat.PollSettings;
import dev.parley.domain.livechat.ProfanitiesMethod;
import dev.parley.domain.livechat.Room;
import dev.parley.domain.livechat.RoomEvents.RoomMessageCreated;
import dev.parley.domain.livechat.RoomId;
import dev.parley.domain.livechat.RoomSettings;
import dev.parley.domain.livechat.SigningKey;
import dev.parley.domain.livechat.Visibility;
import dev.parley.domain.shared.DomainEvent;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Room, chat message and poll events come out exactly as the live chat routes show the same resources. */
class LivechatEventDataTest {
    private static final OrganizationId ORG = new OrganizationId(3);
    private static final RoomId ROOM = new RoomId(Seed.uuid(100));
    private static final RoomSettings SETTINGS = new RoomSettings("Friday Q&A", 250, true, List.of("example.com", "*.example.org"),
            true, ".chat{color:red}", List.of("darn"), ProfanitiesMethod.REJECT, List.of("10.0.0.0/8"), 5, true, false, true);

    private final LivechatEventData livechat = new LivechatEventData();

    private Map<String, Object> render(DomainEvent event) {
        return shown(livechat.render(event.type(), event.organizationId(), new StoredEventData(stored(event))));
    }

    private static Room room() {
        return Room.register(ROOM, ORG, SETTINGS, new SigningKey("a".repeat(SigningKey.LENGTH)), Seed.T0);
    }

    private static Map<String, Object> asShown(Room room) {
        Map<String, Object> shown = StoredEvents.plain(LivechatDtoMapper.INSTANCE.toRoom(new RoomView(room, new RealtimeData(4, 9), Optional.empty())));
        LivechatEventData.NOT_IN_EVENTS.forEach(shown::remove);
        return shown;
    }

    @Test
    void a_room_is_the_room_as_the_live_chat_shows_it_without_its_signing_key_and_live_figures() {
        Room room = room();

        Map<String, Object> data = render(only(room.pullEvents(), "room.created"));

        assertThat(data).isEqualTo(asShown(room));
        assertThat(data).containsEntry("id", ROOM.value().toString()).containsEntry("created_at", "2024-03-15 14:23:00")
                .containsEntry("max_clients", 250).containsEntry("embeddable_domains", List.of("example.com", "*.example.org"))
                .doesNotContainKeys("signing_key", "statistics", "realtime_data");
    }

    @Test
    void every_room_event_shows_the_room_at_that_moment() {
        Room room = room();
        room.pullEvents();
        Instant later = Seed.T0.plusSeconds(3600);
        room.close(later);
        Map<String, Object> closed = render(only(room.pullEvents(), "room.closed"));
        assertThat(closed).isEqualTo(asShown(room)).containsEntry("status", "close").containsEntry("updated_at", "2024-03-15 15:23:00");

        room.open(later.plusSeconds(1));
        assertThat(render(only(room.pullEvents(), "room.opened"))).isEqualTo(asShown(room)).containsEntry("status", "open");

        room.reconfigure(RoomSettings.defaults("Renamed", 10), later.plusSeconds(2));
        assertThat(render(only(room.pullEvents(), "room.updated"))).isEqualTo(asShown(room)).containsEntry("name", "Renamed");

        room.delete(later.plusSeconds(3));
        assertThat(render(only(room.pullEvents(), "room.deleted"))).isEqualTo(asShown(room));
    }

    @Test
    void a_chat_message_is_the_history_item_with_its_room() {
        ChatMessage message = new ChatMessage(new ChatMessageId(Seed.uuid(200)), ROOM, "viewer-9", Optional.empty(), "hello <b>all</b>",
                false, Visibility.ALL, Seed.T0);

        Map<String, Object> data = render(new RoomMessageCreated(ORG, message, Seed.T0));

        Map<String, Object> item = StoredEvents.plain(LivechatDtoMapper.INSTANCE.toMessage(message));
        assertThat(data.keySet()).containsExactly("id", "room_id", "userid", "username", "message", "moderator", "visibility", "timestamp");
        assertThat(data).containsAllEntriesOf(item).containsEntry("room_id", ROOM.value().toString())
                .containsEntry("username", null).containsEntry("timestamp", "2024-03-15 14:23:00");
    }

    @Test
    void a_poll_is_the_poll_as_the_live_chat_shows_it_when_it_opens_and_when_it_closes() {
        PollOption yes = new PollOption(new PollOptionId(new UUID(1, 1)), "Yes", true);
        PollOption no = new PollOption(new PollOptionId(new UUID(1, 2)), "No", false);
        Poll poll = Poll.create(new PollId(Seed.uuid(300)), ROOM, ORG,
                new PollSettings("Ready?", List.of(yes, no), Optional.of(60), true, 10, DisplayFormat.NUMBER_PERCENT, true), Seed.T0);
        poll.open(Seed.T0.plusSeconds(5));

        Map<String, Object> opened = render(only(poll.pullEvents(), "poll.opened"));
        assertThat(opened).isEqualTo(StoredEvents.plain(LivechatDtoMapper.INSTANCE.toPoll(new PollView(poll, Map.of()))));
        assertThat(opened).containsEntry("opened_at", "2024-03-15 14:23:05").containsEntry("closed_at", null)
                .containsEntry("time_to_answer", 60);

        Map<PollOptionId, Long> counts = Map.of(yes.id(), 7L, no.id(), 2L);
        poll.close(counts, Seed.T0.plusSeconds(65));
        Map<String, Object> closed = render(only(poll.pullEvents(), "poll.closed"));
        assertThat(closed).isEqualTo(StoredEvents.plain(LivechatDtoMapper.INSTANCE.toPoll(new PollView(poll, counts))));
        assertThat(closed.get("options")).isEqualTo(List.of(
                Map.of("id", yes.id().value().toString(), "text", "Yes", "is_correct", true, "votes", 7),
                Map.of("id", no.id().value().toString(), "text", "No", "is_correct", false, "votes", 2)));
        assertThat(closed).containsEntry("closed_at", "2024-03-15 14:24:05");
    }

    @Test
    void it_owns_the_room_message_and_poll_events() {
        assertThat(livechat.types()).containsExactlyInAnyOrder("room.created", "room.updated", "room.deleted", "room.opened",
                "room.closed", "room.message.created", "poll.opened", "poll.closed");
    }
}

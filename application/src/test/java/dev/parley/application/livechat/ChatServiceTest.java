package dev.parley.application.livechat;

import static dev.parley.application.livechat.RoomPatchBuilder.patch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.contract.InMemoryAdapters;
import dev.parley.application.contract.LivechatSeed;
import dev.parley.application.contract.Seed;
import dev.parley.application.fake.MutableClock;
import dev.parley.application.fake.SequentialIdGenerator;
import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.livechat.ChatMessage;
import dev.parley.domain.livechat.ChatMessageId;
import dev.parley.domain.livechat.ModerationPolicy.MessageBody;
import dev.parley.domain.livechat.MessageRejected;
import dev.parley.domain.livechat.ProfanitiesMethod;
import dev.parley.domain.livechat.RejectionReason;
import dev.parley.domain.livechat.Room;
import dev.parley.domain.livechat.RoomId;
import dev.parley.domain.livechat.RoomSettings;
import dev.parley.domain.livechat.Sender;
import dev.parley.domain.livechat.Visibility;
import dev.parley.domain.shared.NotFound;
import dev.parley.domain.shared.OrganizationId;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChatServiceTest {
    private static final Sender VIEWER = new Sender("viewer-1", Optional.of("Ada"), false);
    private static final Sender OTHER_VIEWER = new Sender("viewer-2", Optional.of("Grace"), false);
    private static final Sender MODERATOR = new Sender("mod-1", Optional.of("Mod"), true);

    private final MutableClock clock = MutableClock.standard();
    private final InMemoryAdapters adapters = InMemoryAdapters.create();
    private final ChatService chat = new ChatService(adapters.rooms(), adapters.chatMessages(), adapters.transactions(),
            adapters.outbox(), new SequentialIdGenerator(), clock);
    private OrganizationId org;
    private OrganizationId otherOrg;
    private int rooms;

    @BeforeEach
    void seed() {
        Seed seed = new Seed(adapters);
        org = seed.organization(1, "acme");
        otherOrg = seed.organization(2, "globex");
    }

    @Test
    void a_message_is_stored_as_sent_and_recorded() {
        RoomId room = room(patch());

        ChatMessage posted = chat.post(org, room, VIEWER, body("Hello everyone"));

        assertThat(posted).isEqualTo(new ChatMessage(new ChatMessageId(SequentialIdGenerator.uuid(1)), room, "viewer-1",
                Optional.of("Ada"), "Hello everyone", false, Visibility.ALL, clock.instant()));
        assertThat(history(room)).containsExactly(posted);
        assertThat(adapters.outbox().events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("room.message.created");
            assertThat(e.organizationId()).isEqualTo(org);
            assertThat(e.occurredAt()).isEqualTo(clock.instant());
            Map<String, Object> expected = new HashMap<>();
            expected.put("room_id", room.value().toString());
            expected.put("message_id", posted.id().value().toString());
            expected.put("userid", "viewer-1");
            expected.put("username", "Ada");
            expected.put("message", "Hello everyone");
            expected.put("moderator", false);
            expected.put("visibility", "all");
            expected.put("timestamp", clock.instant().toString());
            assertThat(e.data()).isEqualTo(expected);
        });
        assertThat(adapters.transactions().begun()).isEqualTo(1);
    }

    @Test
    void a_room_that_disables_usernames_drops_the_senders_name() {
        RoomId room = room(patch().disableUsername(true));

        ChatMessage posted = chat.post(org, room, VIEWER, body("Hello"));

        assertThat(posted.username()).isEmpty();
        assertThat(history(room).getFirst().username()).isEmpty();
        assertThat(adapters.outbox().events().getFirst().data()).containsEntry("username", null);
    }

    @Test
    void listed_words_and_links_are_masked_when_the_room_replaces_them() {
        RoomId room = room(patch().profanities(List.of("darn")).profanitiesMethod(ProfanitiesMethod.REPLACE));

        ChatMessage posted = chat.post(org, room, VIEWER, body("Well DARN, see https://spam.example/x"));

        assertThat(posted.text()).isEqualTo("Well ***, see ***");
        assertThat(posted.visibility()).isEqualTo(Visibility.ALL);
        assertThat(history(room).getFirst().text()).isEqualTo("Well ***, see ***");
        assertThat(adapters.outbox().events().getFirst().data()).containsEntry("message", "Well ***, see ***");
    }

    @Test
    void a_room_that_allows_links_keeps_them() {
        RoomId room = room(patch().allowPostLinks(true));

        assertThat(chat.post(org, room, VIEWER, body("see https://example.com/page")).text()).isEqualTo("see https://example.com/page");
    }

    @Test
    void listed_words_and_links_are_refused_when_the_room_rejects_them_and_nothing_is_written() {
        RoomId room = room(patch().profanities(List.of("darn")).profanitiesMethod(ProfanitiesMethod.REJECT));

        assertRejected(() -> chat.post(org, room, VIEWER, body("well ｄａｒｎ")), RejectionReason.NG_WORD);
        assertRejected(() -> chat.post(org, room, VIEWER, body("visit www.spam.example")), RejectionReason.LINK_NOT_ALLOWED);

        assertNothingWritten(room);
    }

    @Test
    void listed_words_are_stored_for_the_sender_only_when_the_room_says_so() {
        RoomId room = room(patch().profanities(List.of("darn")).profanitiesMethod(ProfanitiesMethod.SENDER_ONLY));

        ChatMessage posted = chat.post(org, room, VIEWER, body("darn it"));

        assertThat(posted.text()).isEqualTo("darn it");
        assertThat(posted.visibility()).isEqualTo(Visibility.SENDER_ONLY);
        assertThat(history(room).getFirst().visibility()).isEqualTo(Visibility.SENDER_ONLY);
        assertThat(adapters.outbox().events().getFirst().data()).containsEntry("visibility", "sender_only");
    }

    @Test
    void a_closed_room_takes_only_moderators_messages() {
        RoomId room = room(patch());
        Room closed = adapters.rooms().find(org, room).orElseThrow();
        closed.close(clock.instant());
        adapters.rooms().save(closed);

        assertRejected(() -> chat.post(org, room, VIEWER, body("Hello?")), RejectionReason.ROOM_CLOSED);
        assertNothingWritten(room);

        ChatMessage posted = chat.post(org, room, MODERATOR, body("We are closed for today."));
        assertThat(posted.moderator()).isTrue();
        assertThat(history(room)).containsExactly(posted);
    }

    @Test
    void viewers_wait_out_the_cooldown_and_moderators_do_not() {
        RoomId room = room(patch().cooldownSeconds(30).allowRepeatedPosts(true));
        chat.post(org, room, VIEWER, body("first"));
        chat.post(org, room, MODERATOR, body("first"));

        clock.advance(Duration.ofSeconds(10));
        assertThatThrownBy(() -> chat.post(org, room, VIEWER, body("too soon")))
                .isInstanceOfSatisfying(MessageRejected.class, e -> {
                    assertThat(e.reason()).isEqualTo(RejectionReason.COOLDOWN);
                    assertThat(e.secondsLeft()).isEqualTo(20);
                });
        chat.post(org, room, MODERATOR, body("moderators are exempt"));
        chat.post(org, room, OTHER_VIEWER, body("someone else may post"));

        clock.advance(Duration.ofMillis(19_500));
        assertThatThrownBy(() -> chat.post(org, room, VIEWER, body("still too soon")))
                .isInstanceOfSatisfying(MessageRejected.class, e -> assertThat(e.secondsLeft()).isEqualTo(1));

        clock.advance(Duration.ofMillis(500));
        chat.post(org, room, VIEWER, body("on time"));

        assertThat(history(room)).extracting(ChatMessage::text)
                .containsExactly("first", "first", "moderators are exempt", "someone else may post", "on time");
    }

    @Test
    void viewers_may_not_repeat_their_last_message_unless_the_room_allows_it() {
        RoomId strict = room(patch());
        RoomId lenient = room(patch().allowRepeatedPosts(true));
        chat.post(org, strict, VIEWER, body("Hello"));

        assertRejected(() -> chat.post(org, strict, VIEWER, body("  ＨＥＬＬＯ ")), RejectionReason.REPEATED);
        chat.post(org, strict, OTHER_VIEWER, body("Hello"));
        chat.post(org, strict, MODERATOR, body("Hello"));
        chat.post(org, strict, MODERATOR, body("Hello"));
        chat.post(org, strict, VIEWER, body("Something new"));
        chat.post(org, strict, VIEWER, body("Hello"));
        chat.post(org, lenient, VIEWER, body("Hello"));
        chat.post(org, lenient, VIEWER, body("Hello"));

        assertThat(adapters.chatMessages().count(org, strict)).isEqualTo(6);
        assertThat(adapters.chatMessages().count(org, lenient)).isEqualTo(2);
    }

    @Test
    void another_organizations_room_is_not_found_and_nothing_is_written() {
        RoomId theirs = room(otherOrg, patch());

        assertThatThrownBy(() -> chat.post(org, theirs, VIEWER, body("Hi")))
                .isInstanceOfSatisfying(NotFound.class, e -> assertThat(e.code()).isEqualTo("room.not_found"));
        assertThatThrownBy(() -> chat.history(org, theirs, new PageRequest(1, 10), true)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> chat.clearHistory(org, theirs)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> chat.deleteMessage(org, theirs, new ChatMessageId(SequentialIdGenerator.uuid(1))))
                .isInstanceOf(NotFound.class);
        assertThat(adapters.chatMessages().count(otherOrg, theirs)).isZero();
        assertThat(adapters.outbox().events()).isEmpty();
    }

    @Test
    void history_pages_oldest_or_newest_first_with_the_total() {
        RoomId room = room(patch());
        for (String text : List.of("one", "two", "three")) {
            chat.post(org, room, VIEWER, body(text));
            clock.advance(Duration.ofSeconds(1));
        }

        Page<ChatMessage> oldest = chat.history(org, room, new PageRequest(1, 2), true);
        Page<ChatMessage> newest = chat.history(org, room, new PageRequest(1, 2), false);

        assertThat(oldest.items()).extracting(ChatMessage::text).containsExactly("one", "two");
        assertThat(newest.items()).extracting(ChatMessage::text).containsExactly("three", "two");
        assertThat(oldest.total()).isEqualTo(3);
    }

    @Test
    void deleting_a_message_removes_it_and_an_unknown_one_is_not_found() {
        RoomId room = room(patch());
        ChatMessage posted = chat.post(org, room, VIEWER, body("oops"));

        chat.deleteMessage(org, room, posted.id());

        assertThat(history(room)).isEmpty();
        assertThatThrownBy(() -> chat.deleteMessage(org, room, posted.id()))
                .isInstanceOfSatisfying(NotFound.class, e -> assertThat(e.code()).isEqualTo("message.not_found"));
    }

    @Test
    void clearing_the_history_keeps_the_statistics() {
        RoomId room = room(patch());
        chat.post(org, room, VIEWER, body("Hello"));
        chat.post(org, room, OTHER_VIEWER, body("Hi"));
        Instant second = clock.instant().truncatedTo(ChronoUnit.SECONDS);

        chat.clearHistory(org, room);

        assertThat(history(room)).isEmpty();
        assertThat(adapters.chatMessages().postedPerBucket(org, room, second, 1)).isEqualTo(Map.of(second, 2L));
    }

    private RoomId room(RoomPatchBuilder settings) {
        return room(org, settings);
    }

    private RoomId room(OrganizationId owner, RoomPatchBuilder settings) {
        RoomId id = new RoomId(Seed.uuid(900 + ++rooms));
        RoomSettings configured = RoomSettingsPatching.apply(RoomSettings.defaults("Room " + rooms, 100), settings.build());
        adapters.rooms().save(Room.register(id, owner, configured, LivechatSeed.signingKey(rooms), clock.instant()));
        adapters.outbox().clear();
        return id;
    }

    private List<ChatMessage> history(RoomId room) {
        return adapters.chatMessages().page(org, room, new PageRequest(1, 100), true).items();
    }

    private void assertNothingWritten(RoomId room) {
        assertThat(adapters.chatMessages().count(org, room)).isZero();
        assertThat(adapters.chatMessages().postedPerBucket(org, room, Instant.EPOCH, 60)).isEmpty();
        assertThat(adapters.outbox().events()).isEmpty();
    }

    private static void assertRejected(Runnable post, RejectionReason reason) {
        assertThatThrownBy(post::run).isInstanceOfSatisfying(MessageRejected.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private static MessageBody body(String text) {
        return new MessageBody(text);
    }
}

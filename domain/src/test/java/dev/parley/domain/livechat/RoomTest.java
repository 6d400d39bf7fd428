package dev.parley.domain.livechat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.livechat.RoomEvents.RoomClosed;
import dev.parley.domain.livechat.RoomEvents.RoomCreated;
import dev.parley.domain.livechat.RoomEvents.RoomOpened;
import dev.parley.domain.shared.DomainEvent;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RoomTest {
    private static final Instant REGISTERED = Instant.parse("2024-03-15T14:23:00Z");
    private static final OrganizationId ORG = new OrganizationId(42);
    private static final RoomId ROOM = new RoomId(UUID.fromString("d88c41e1-eefb-4251-85d6-5bfd85c755c4"));
    private static final SigningKey KEY = new SigningKey("DqtSOLRu1ZzpUeqmr6VTesspHJ0hMGxJ");
    private static final List<RoomSettings> SETTINGS = List.of(
            RoomSettings.defaults("sample-room", 1000),
            RoomSettings.defaults("renamed-room", 1000),
            RoomSettings.defaults("sample-room", 50),
            new RoomSettings("sample-room", 1000, true, List.of("example.com"), true, "", List.of("bad"), ProfanitiesMethod.REJECT,
                    List.of("10.0.0.0/8"), 3, true, true, true));

    /** Something done to a registered room, at an offset from its registration that may lie before earlier steps. */
    sealed interface Operation {
        long offsetSeconds();
    }

    record Open(long offsetSeconds) implements Operation {
    }

    record Close(long offsetSeconds) implements Operation {
    }

    /** New settings, one of a few, so a step often names the settings the room already has. */
    record Reconfigure(int settingsIndex, long offsetSeconds) implements Operation {
    }

    /** The room's own settings, rebuilt field by field: equal but not the same object. */
    record ReconfigureToCurrent(long offsetSeconds) implements Operation {
    }

    record RotateKey(long offsetSeconds) implements Operation {
    }

    /** What could be observed of a room. */
    record State(RoomStatus status, RoomSettings settings, SigningKey signingKey, Instant createdAt, Instant updatedAt) {
        static State of(Room room) {
            return new State(room.status(), room.settings(), room.signingKey(), room.createdAt(), room.updatedAt());
        }
    }

    record Step(State before, Operation operation, Instant at, List<DomainEvent> events, List<DomainEvent> pulledAgain,
                State after) {
    }

    @Provide
    Arbitrary<List<Operation>> operations() {
        Arbitrary<Long> offsets = Arbitraries.longs().between(-600, 86_400);
        return Arbitraries.<Operation>oneOf(
                offsets.map(Open::new),
                offsets.map(Close::new),
                Combinators.combine(Arbitraries.integers().between(0, SETTINGS.size() - 1), offsets).as(Reconfigure::new),
                offsets.map(ReconfigureToCurrent::new),
                offsets.map(RotateKey::new)).list().ofMaxSize(30);
    }

    private static Room registeredRoom() {
        return Room.register(ROOM, ORG, SETTINGS.getFirst(), KEY, REGISTERED);
    }

    private static RoomSettings copyOf(RoomSettings s) {
        return new RoomSettings(s.name(), s.maxClients(), s.disableUsername(), new ArrayList<>(s.embeddableDomains()),
                s.showClientsCount(), s.customStyles(), new ArrayList<>(s.profanities()), s.profanitiesMethod(),
                new ArrayList<>(s.blacklistIpv4()), s.cooldownSeconds(), s.allowClientDeletes(), s.allowRepeatedPosts(),
                s.allowPostLinks());
    }

    private static List<Step> play(List<Operation> operations) {
        Room room = registeredRoom();
        room.pullEvents();
        List<Step> steps = new ArrayList<>();
        int keyNumber = 0;
        for (Operation operation : operations) {
            State before = State.of(room);
            Instant at = REGISTERED.plusSeconds(operation.offsetSeconds());
            switch (operation) {
                case Open ignored -> room.open(at);
                case Close ignored -> room.close(at);
                case Reconfigure r -> room.reconfigure(SETTINGS.get(r.settingsIndex()), at);
                case ReconfigureToCurrent ignored -> room.reconfigure(copyOf(room.settings()), at);
                case RotateKey ignored -> room.rotateSigningKey(new SigningKey("%032d".formatted(++keyNumber)), at);
            }
            List<DomainEvent> events = room.pullEvents();
            steps.add(new Step(before, operation, at, events, room.pullEvents(), State.of(room)));
        }
        return steps;
    }

    /** Whether the step was meant to change the room, judged from the state before it alone. */
    private static boolean changes(Step step) {
        return switch (step.operation()) {
            case Open ignored -> step.before().status() != RoomStatus.OPEN;
            case Close ignored -> step.before().status() != RoomStatus.CLOSE;
            case Reconfigure r -> !SETTINGS.get(r.settingsIndex()).equals(step.before().settings());
            case ReconfigureToCurrent ignored -> false;
            case RotateKey ignored -> true;
        };
    }

    private static List<String> types(List<DomainEvent> events) {
        return events.stream().map(DomainEvent::type).toList();
    }

    @Property
    void openingAndClosingSetTheStatusAndRecordAnEventOnlyOnChange(@ForAll("operations") List<Operation> operations) {
        for (Step step : play(operations)) {
            switch (step.operation()) {
                case Open ignored -> {
                    assertThat(step.after().status()).isEqualTo(RoomStatus.OPEN);
                    assertThat(types(step.events())).isEqualTo(changes(step) ? List.of("room.opened") : List.of());
                }
                case Close ignored -> {
                    assertThat(step.after().status()).isEqualTo(RoomStatus.CLOSE);
                    assertThat(types(step.events())).isEqualTo(changes(step) ? List.of("room.closed") : List.of());
                }
                default -> assertThat(step.after().status()).isEqualTo(step.before().status());
            }
        }
    }

    @Property
    void reconfiguringRecordsAnUpdateOnlyWhenTheSettingsDiffer(@ForAll("operations") List<Operation> operations) {
        for (Step step : play(operations)) {
            switch (step.operation()) {
                case Reconfigure r -> {
                    assertThat(step.after().settings()).isEqualTo(SETTINGS.get(r.settingsIndex()));
                    assertThat(types(step.events())).isEqualTo(changes(step) ? List.of("room.updated") : List.of());
                }
                case ReconfigureToCurrent ignored -> {
                    assertThat(step.events()).isEmpty();
                    assertThat(step.after()).isEqualTo(step.before());
                }
                default -> assertThat(step.after().settings()).isEqualTo(step.before().settings());
            }
        }
    }

    @Property
    void aStepThatChangesNothingLeavesTheRoomAsItWas(@ForAll("operations") List<Operation> operations) {
        for (Step step : play(operations)) {
            if (!changes(step)) {
                assertThat(step.after()).isEqualTo(step.before());
                assertThat(step.events()).isEmpty();
            }
        }
    }

    @Property
    void eventsDescribeTheRoomAfterTheChange(@ForAll("operations") List<Operation> operations) {
        for (Step step : play(operations)) {
            for (DomainEvent event : step.events()) {
                assertThat(event.organizationId()).isEqualTo(ORG);
                assertThat(event.occurredAt()).isEqualTo(step.at());
                assertThat(event.data()).containsEntry("room_id", ROOM.value().toString())
                        .containsEntry("name", step.after().settings().name())
                        .containsEntry("status", step.after().status().wireName())
                        .containsEntry("max_clients", step.after().settings().maxClients())
                        .containsEntry("profanities_method", step.after().settings().profanitiesMethod().wireName())
                        .containsEntry("updated_at", step.after().updatedAt().toString())
                        .doesNotContainKey("signing_key");
            }
        }
    }

    @Property
    void updatedAtNeverGoesBackAndCreatedAtNeverChanges(@ForAll("operations") List<Operation> operations) {
        for (Step step : play(operations)) {
            assertThat(step.after().updatedAt()).isAfterOrEqualTo(step.before().updatedAt());
            assertThat(step.after().createdAt()).isEqualTo(REGISTERED);
        }
    }

    @Property
    void aChangeMovesUpdatedAtToItsTimeUnlessThatIsEarlier(@ForAll("operations") List<Operation> operations) {
        for (Step step : play(operations)) {
            Instant expected = changes(step) && step.at().isAfter(step.before().updatedAt()) ? step.at() : step.before().updatedAt();
            assertThat(step.after().updatedAt()).isEqualTo(expected);
        }
    }

    @Property
    void pullingEventsDrainsThem(@ForAll("operations") List<Operation> operations) {
        for (Step step : play(operations)) {
            assertThat(step.pulledAgain()).isEmpty();
        }
    }

    @Property
    void rotatingTheKeyReplacesItWithoutAnEvent(@ForAll("operations") List<Operation> operations) {
        for (Step step : play(operations)) {
            if (step.operation() instanceof RotateKey) {
                assertThat(step.after().signingKey()).isNotEqualTo(step.before().signingKey());
                assertThat(step.events()).isEmpty();
            } else {
                assertThat(step.after().signingKey()).isEqualTo(step.before().signingKey());
            }
        }
    }

    @Example
    void aRegisteredRoomStartsOpenAndRecordsItsCreation() {
        Room room = registeredRoom();

        assertThat(room.status()).isEqualTo(RoomStatus.OPEN);
        assertThat(room.id()).isEqualTo(ROOM);
        assertThat(room.organizationId()).isEqualTo(ORG);
        assertThat(room.settings()).isEqualTo(SETTINGS.getFirst());
        assertThat(room.signingKey()).isEqualTo(KEY);
        assertThat(room.createdAt()).isEqualTo(REGISTERED);
        assertThat(room.updatedAt()).isEqualTo(REGISTERED);
        assertThat(room.version()).isZero();
        assertThat(room.pullEvents()).singleElement().isInstanceOfSatisfying(RoomCreated.class, event -> {
            assertThat(event.type()).isEqualTo("room.created");
            assertThat(event.organizationId()).isEqualTo(ORG);
            assertThat(event.occurredAt()).isEqualTo(REGISTERED);
            assertThat(event.data()).containsEntry("room_id", "d88c41e1-eefb-4251-85d6-5bfd85c755c4")
                    .containsEntry("name", "sample-room").containsEntry("status", "open")
                    .containsEntry("created_at", REGISTERED.toString()).containsEntry("updated_at", REGISTERED.toString())
                    .doesNotContainValue(KEY.value());
            assertThat(event.data().keySet()).containsExactly("room_id", "name", "status", "max_clients", "disable_username",
                    "embeddable_domains", "show_clients_count", "custom_styles", "profanities", "profanities_method",
                    "blacklist_ipv4", "cooldown_seconds", "allow_client_deletes", "allow_repeated_posts", "allow_post_links",
                    "created_at", "updated_at");
        });
        assertThat(room.pullEvents()).isEmpty();
    }

    @Example
    void closingTwiceAndOpeningTwiceRecordOneEventEach() {
        Room room = registeredRoom();
        room.pullEvents();

        room.open(REGISTERED.plusSeconds(1));
        room.close(REGISTERED.plusSeconds(2));
        room.close(REGISTERED.plusSeconds(3));
        room.open(REGISTERED.plusSeconds(4));
        room.open(REGISTERED.plusSeconds(5));

        List<DomainEvent> events = room.pullEvents();
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOfSatisfying(RoomClosed.class, e -> {
            assertThat(e.occurredAt()).isEqualTo(REGISTERED.plusSeconds(2));
            assertThat(e.data()).containsEntry("status", "close");
        });
        assertThat(events.get(1)).isInstanceOfSatisfying(RoomOpened.class, e -> {
            assertThat(e.occurredAt()).isEqualTo(REGISTERED.plusSeconds(4));
            assertThat(e.data()).containsEntry("status", "open");
        });
        assertThat(room.updatedAt()).isEqualTo(REGISTERED.plusSeconds(4));
    }

    @Example
    void deletingRecordsTheRoomAsItWas() {
        Room room = registeredRoom();
        room.close(REGISTERED.plusSeconds(1));
        room.pullEvents();

        room.delete(REGISTERED.plusSeconds(2));

        assertThat(room.pullEvents()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("room.deleted");
            assertThat(event.occurredAt()).isEqualTo(REGISTERED.plusSeconds(2));
            assertThat(event.data()).containsEntry("status", "close").containsEntry("name", "sample-room");
        });
    }

    @Example
    void rehydratingKeepsEveryFieldAndRecordsNothing() {
        Room room = Room.rehydrate(ROOM, ORG, SETTINGS.get(3), RoomStatus.CLOSE, KEY, REGISTERED, REGISTERED.plusSeconds(9), 7);

        assertThat(room.status()).isEqualTo(RoomStatus.CLOSE);
        assertThat(room.settings()).isEqualTo(SETTINGS.get(3));
        assertThat(room.updatedAt()).isEqualTo(REGISTERED.plusSeconds(9));
        assertThat(room.version()).isEqualTo(7);
        assertThat(room.pullEvents()).isEmpty();
    }

    @Example
    void theSigningKeyNeverShowsInText() {
        assertThat(KEY.toString()).doesNotContain(KEY.value());
        assertThat(registeredRoom().signingKey().toString()).isEqualTo("SigningKey[redacted]");
    }
}

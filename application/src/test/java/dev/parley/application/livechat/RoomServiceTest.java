package dev.parley.application.livechat;

import static dev.parley.application.livechat.RoomPatchBuilder.patch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.contract.InMemoryAdapters;
import dev.parley.application.contract.LivechatSeed;
import dev.parley.application.contract.Seed;
import dev.parley.application.fake.FixedViewerPresence;
import dev.parley.application.fake.MutableClock;
import dev.parley.application.fake.SequentialIdGenerator;
import dev.parley.application.fake.SequentialSecretGenerator;
import dev.parley.application.livechat.port.in.RealtimeData;
import dev.parley.application.livechat.port.in.RoomView;
import dev.parley.domain.livechat.ProfanitiesMethod;
import dev.parley.domain.livechat.Room;
import dev.parley.domain.livechat.RoomId;
import dev.parley.domain.livechat.RoomSettings;
import dev.parley.domain.livechat.RoomStatus;
import dev.parley.domain.livechat.SigningKey;
import dev.parley.domain.livechat.StatisticsBucket;
import dev.parley.domain.livechat.StatisticsRequest;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.NotFound;
import dev.parley.domain.shared.OrganizationId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RoomServiceTest {
    private final MutableClock clock = MutableClock.standard();
    private final InMemoryAdapters adapters = InMemoryAdapters.create();
    private final FixedViewerPresence presence = new FixedViewerPresence();
    private final RoomService service = new RoomService(adapters.rooms(), adapters.chatMessages(), presence,
            adapters.transactions(), adapters.outbox(), new SequentialIdGenerator(), new SequentialSecretGenerator(), clock);
    private OrganizationId org;
    private OrganizationId otherOrg;

    @BeforeEach
    void seed() {
        Seed seed = new Seed(adapters);
        org = seed.organization(1, "acme");
        otherOrg = seed.organization(2, "globex");
    }

    @Test
    void registering_with_the_required_fields_only_applies_the_defaults() {
        RoomId id = service.register(org, patch().name("Town hall").maxClients(50).build());

        Room stored = adapters.rooms().find(org, id).orElseThrow();
        RoomSettings settings = stored.settings();
        assertThat(id).isEqualTo(new RoomId(SequentialIdGenerator.uuid(1)));
        assertThat(settings.name()).isEqualTo("Town hall");
        assertThat(settings.maxClients()).isEqualTo(50);
        assertThat(settings.embeddableDomains()).containsExactly("*");
        assertThat(settings.profanitiesMethod()).isEqualTo(ProfanitiesMethod.REPLACE);
        assertThat(List.of(settings.disableUsername(), settings.showClientsCount(), settings.allowClientDeletes(),
                settings.allowRepeatedPosts(), settings.allowPostLinks())).containsOnly(false);
        assertThat(settings.cooldownSeconds()).isZero();
        assertThat(settings.customStyles()).isEmpty();
        assertThat(settings.profanities()).isEmpty();
        assertThat(settings.blacklistIpv4()).isEmpty();
        assertThat(stored.status()).isEqualTo(RoomStatus.OPEN);
        assertThat(stored.signingKey().value()).hasSize(32).matches("[A-Za-z0-9]{32}");
        assertThat(stored.createdAt()).isEqualTo(clock.instant());
        assertThat(adapters.outbox().events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("room.created");
            assertThat(e.organizationId()).isEqualTo(org);
            assertThat(e.data()).containsAllEntriesOf(Map.of("room_id", id.value().toString(), "name", "Town hall", "status", "open",
                    "created_at", clock.instant().toString(), "updated_at", clock.instant().toString()));
            assertThat(e.data()).containsEntry("max_clients", settings.maxClients()).doesNotContainValue(stored.signingKey().value());
        });
    }

    @Test
    void registering_keeps_every_field_that_was_given() {
        RoomId id = service.register(org, everyField().build());

        assertThat(adapters.rooms().find(org, id).orElseThrow().settings()).isEqualTo(LivechatSeed.customSettings());
    }

    @Test
    void registering_without_a_name_or_a_size_is_invalid_and_writes_nothing() {
        assertThatThrownBy(() -> service.register(org, patch().maxClients(50).build()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> service.register(org, patch().name("Town hall").build()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("max_clients"));
        assertThatThrownBy(() -> service.register(org, patch().name("Town hall").maxClients(50).cooldownSeconds(-1).build()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("cooldown_seconds"));

        assertThat(adapters.rooms().list(org)).isEmpty();
        assertThat(adapters.outbox().events()).isEmpty();
    }

    @Test
    void a_partial_update_changes_the_given_fields_and_keeps_every_other() {
        RoomId id = service.register(org, everyField().build());
        adapters.outbox().clear();
        clock.advance(Duration.ofMinutes(3));

        service.update(org, id, patch().name("Renamed").cooldownSeconds(5).allowPostLinks(false).build());

        Room stored = adapters.rooms().find(org, id).orElseThrow();
        RoomSettings before = LivechatSeed.customSettings();
        assertThat(stored.settings()).isEqualTo(new RoomSettings("Renamed", before.maxClients(), before.disableUsername(),
                before.embeddableDomains(), before.showClientsCount(), before.customStyles(), before.profanities(),
                before.profanitiesMethod(), before.blacklistIpv4(), 5, before.allowClientDeletes(), before.allowRepeatedPosts(), false));
        assertThat(stored.updatedAt()).isEqualTo(clock.instant());
        assertThat(adapters.outbox().events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("room.updated");
            assertThat(e.data()).containsEntry("name", "Renamed");
        });
    }

    @Test
    void an_update_to_what_already_is_records_nothing() {
        RoomId id = service.register(org, patch().name("Town hall").maxClients(50).build());
        adapters.outbox().clear();

        service.update(org, id, patch().name("Town hall").embeddableDomains(List.of("*")).build());

        assertThat(adapters.outbox().events()).isEmpty();
    }

    @Test
    void an_invalid_update_changes_nothing() {
        RoomId id = service.register(org, patch().name("Town hall").maxClients(50).build());

        assertThatThrownBy(() -> service.update(org, id, patch().embeddableDomains(List.of("not a host")).build()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("embeddable_domains"));

        assertThat(adapters.rooms().find(org, id).orElseThrow().settings().embeddableDomains()).containsExactly("*");
        assertThat(adapters.rooms().find(org, id).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void closing_and_opening_are_idempotent_and_recorded_once_each() {
        RoomId id = service.register(org, patch().name("Town hall").maxClients(50).build());

        service.open(org, id);
        service.close(org, id);
        service.close(org, id);
        assertThat(adapters.rooms().find(org, id).orElseThrow().status()).isEqualTo(RoomStatus.CLOSE);
        service.open(org, id);
        service.open(org, id);

        assertThat(adapters.rooms().find(org, id).orElseThrow().status()).isEqualTo(RoomStatus.OPEN);
        assertThat(adapters.outbox().types()).containsExactly("room.created", "room.closed", "room.opened");
        assertThat(adapters.outbox().events().get(1).data()).containsEntry("status", "close");
    }

    @Test
    void deleting_a_room_removes_it_with_its_messages_and_records_it() {
        RoomId id = service.register(org, patch().name("Town hall").maxClients(50).build());
        adapters.chatMessages().add(org, LivechatSeed.message(id, SequentialIdGenerator.uuid(500), "viewer-1", "Hi", clock.instant()));

        service.delete(org, id);

        assertThat(adapters.rooms().find(org, id)).isEmpty();
        assertThat(adapters.chatMessages().count(org, id)).isZero();
        assertThat(adapters.outbox().types()).containsExactly("room.created", "room.deleted");
        assertThat(adapters.outbox().events().get(1).data()).containsEntry("room_id", id.value().toString());
        assertThatThrownBy(() -> service.get(org, id, Optional.empty())).isInstanceOf(NotFound.class);
    }

    @Test
    void rotating_the_signing_key_stores_and_returns_a_new_one() {
        RoomId id = service.register(org, patch().name("Town hall").maxClients(50).build());
        SigningKey first = adapters.rooms().find(org, id).orElseThrow().signingKey();

        SigningKey rotated = service.rotateSigningKey(org, id);

        assertThat(rotated).isNotEqualTo(first);
        assertThat(adapters.rooms().find(org, id).orElseThrow().signingKey()).isEqualTo(rotated);
    }

    @Test
    void another_organizations_room_is_not_found_for_any_use_case() {
        RoomId theirs = service.register(otherOrg, patch().name("Theirs").maxClients(50).build());

        assertThatThrownBy(() -> service.get(org, theirs, Optional.empty()))
                .isInstanceOfSatisfying(NotFound.class, e -> assertThat(e.code()).isEqualTo("room.not_found"));
        assertThatThrownBy(() -> service.update(org, theirs, patch().name("Mine").build())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.close(org, theirs)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.open(org, theirs)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.delete(org, theirs)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.rotateSigningKey(org, theirs)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.realtime(org, theirs)).isInstanceOf(NotFound.class);
        assertThat(service.list(org, Optional.empty())).isEmpty();
        assertThat(adapters.rooms().find(otherOrg, theirs).orElseThrow().settings().name()).isEqualTo("Theirs");
    }

    @Test
    void realtime_figures_are_the_viewers_now_and_the_messages_stored() {
        RoomId id = service.register(org, patch().name("Town hall").maxClients(50).build());
        presence.setCurrent(id, 42);
        adapters.chatMessages().add(org, LivechatSeed.message(id, SequentialIdGenerator.uuid(500), "viewer-1", "Hi", clock.instant()));
        adapters.chatMessages().add(org, LivechatSeed.message(id, SequentialIdGenerator.uuid(501), "viewer-2", "Hey", clock.instant()));

        assertThat(service.realtime(org, id)).isEqualTo(new RealtimeData(42, 2));
    }

    @Test
    void statistics_have_exactly_count_buckets_oldest_first_with_empty_ones_zero_filled() {
        clock.set(Instant.parse("2024-03-15T14:20:10Z"));
        RoomId id = service.register(org, patch().name("Town hall").maxClients(50).build());
        post(id, 1, "2024-03-15T14:19:59Z");
        post(id, 2, "2024-03-15T14:21:05.5Z");
        post(id, 3, "2024-03-15T14:21:59.999999Z");
        post(id, 4, "2024-03-15T14:24:00Z");
        presence.setPeak(id, Instant.parse("2024-03-15T14:22:00Z"), 17);
        adapters.chatMessages().clear(org, id);
        clock.set(Instant.parse("2024-03-15T14:24:30.250000Z"));

        RoomView view = service.get(org, id, Optional.of(new StatisticsRequest(60, 5)));

        assertThat(view.statistics().orElseThrow()).containsExactly(
                new StatisticsBucket(Instant.parse("2024-03-15T14:20:00Z"), 0, 0),
                new StatisticsBucket(Instant.parse("2024-03-15T14:21:00Z"), 0, 2),
                new StatisticsBucket(Instant.parse("2024-03-15T14:22:00Z"), 17, 0),
                new StatisticsBucket(Instant.parse("2024-03-15T14:23:00Z"), 0, 0),
                new StatisticsBucket(Instant.parse("2024-03-15T14:24:00Z"), 0, 1));
        assertThat(view.realtime().totalMessages()).isZero();
    }

    @Test
    void a_single_bucket_of_seconds_holds_now() {
        RoomId id = service.register(org, patch().name("Town hall").maxClients(50).build());
        post(id, 1, clock.instant().toString());

        RoomView view = service.get(org, id, Optional.of(new StatisticsRequest(1, 1)));

        assertThat(view.statistics().orElseThrow()).containsExactly(
                new StatisticsBucket(Instant.parse("2024-03-15T14:23:00Z"), 0, 1));
    }

    @Test
    void lists_the_organizations_rooms_oldest_first_with_statistics_only_when_asked() {
        RoomId first = service.register(org, patch().name("First").maxClients(50).build());
        clock.advance(Duration.ofSeconds(1));
        RoomId second = service.register(org, patch().name("Second").maxClients(50).build());
        service.register(otherOrg, patch().name("Theirs").maxClients(50).build());

        List<RoomView> plain = service.list(org, Optional.empty());
        List<RoomView> withStatistics = service.list(org, Optional.of(new StatisticsRequest(10, 6)));

        assertThat(plain).extracting(v -> v.room().id()).containsExactly(first, second);
        assertThat(plain).allSatisfy(v -> assertThat(v.statistics()).isEmpty());
        assertThat(withStatistics).allSatisfy(v -> assertThat(v.statistics().orElseThrow()).hasSize(6));
    }

    private void post(RoomId room, int n, String at) {
        adapters.chatMessages().add(org, LivechatSeed.message(room, SequentialIdGenerator.uuid(500 + n), "viewer-" + n, "Hi",
                Instant.parse(at)));
    }

    private static RoomPatchBuilder everyField() {
        RoomSettings s = LivechatSeed.customSettings();
        return patch().name(s.name()).maxClients(s.maxClients()).disableUsername(s.disableUsername())
                .embeddableDomains(s.embeddableDomains()).showClientsCount(s.showClientsCount()).customStyles(s.customStyles())
                .profanities(s.profanities()).profanitiesMethod(s.profanitiesMethod()).blacklistIpv4(s.blacklistIpv4())
                .cooldownSeconds(s.cooldownSeconds()).allowClientDeletes(s.allowClientDeletes())
                .allowRepeatedPosts(s.allowRepeatedPosts()).allowPostLinks(s.allowPostLinks());
    }
}

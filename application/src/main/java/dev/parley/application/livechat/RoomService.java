package dev.parley.application.livechat;

import dev.parley.application.livechat.port.in.RealtimeData;
import dev.parley.application.livechat.port.in.RoomPatch;
import dev.parley.application.livechat.port.in.RoomQueries;
import dev.parley.application.livechat.port.in.RoomUseCase;
import dev.parley.application.livechat.port.in.RoomView;
import dev.parley.application.livechat.port.out.ChatMessageRepository;
import dev.parley.application.livechat.port.out.RoomRepository;
import dev.parley.application.livechat.port.out.ViewerPresence;
import dev.parley.application.shared.port.out.IdGenerator;
import dev.parley.application.shared.port.out.Outbox;
import dev.parley.application.shared.port.out.SecretGenerator;
import dev.parley.application.shared.port.out.Transactions;
import dev.parley.domain.livechat.Room;
import dev.parley.domain.livechat.RoomId;
import dev.parley.domain.livechat.RoomSettings;
import dev.parley.domain.livechat.SigningKey;
import dev.parley.domain.livechat.StatisticsBucket;
import dev.parley.domain.livechat.StatisticsRequest;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.OrganizationId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Rooms: registration, settings, open and close, signing keys, and the figures shown with them. */
public final class RoomService implements RoomUseCase, RoomQueries {
    private final RoomRepository rooms;
    private final ChatMessageRepository messages;
    private final ViewerPresence presence;
    private final Transactions tx;
    private final Outbox outbox;
    private final IdGenerator ids;
    private final SecretGenerator secrets;
    private final Clock clock;

    public RoomService(RoomRepository rooms, ChatMessageRepository messages, ViewerPresence presence, Transactions tx,
                       Outbox outbox, IdGenerator ids, SecretGenerator secrets, Clock clock) {
        this.rooms = rooms;
        this.messages = messages;
        this.presence = presence;
        this.tx = tx;
        this.outbox = outbox;
        this.ids = ids;
        this.secrets = secrets;
        this.clock = clock;
    }

    @Override
    public RoomId register(OrganizationId org, RoomPatch fields) {
        String name = fields.name().orElseThrow(() -> new InvalidInput("name", "is required"));
        int maxClients = fields.maxClients().orElseThrow(() -> new InvalidInput("max_clients", "is required"));
        RoomSettings settings = RoomSettingsPatching.apply(RoomSettings.defaults(name, maxClients), fields);
        Room room = Room.register(new RoomId(ids.newUuid()), org, settings, newSigningKey(), clock.instant());
        return tx.inTransaction(() -> {
            rooms.save(room);
            outbox.append(room.pullEvents());
            return room.id();
        });
    }

    @Override
    public void update(OrganizationId org, RoomId id, RoomPatch changes) {
        change(org, id, room -> room.reconfigure(RoomSettingsPatching.apply(room.settings(), changes), clock.instant()));
    }

    @Override
    public void delete(OrganizationId org, RoomId id) {
        tx.run(() -> {
            Room room = RoomLookup.require(rooms, org, id);
            room.delete(clock.instant());
            rooms.delete(org, id);
            outbox.append(room.pullEvents());
        });
    }

    @Override
    public void open(OrganizationId org, RoomId id) {
        change(org, id, room -> room.open(clock.instant()));
    }

    @Override
    public void close(OrganizationId org, RoomId id) {
        change(org, id, room -> room.close(clock.instant()));
    }

    @Override
    public SigningKey rotateSigningKey(OrganizationId org, RoomId id) {
        SigningKey key = newSigningKey();
        change(org, id, room -> room.rotateSigningKey(key, clock.instant()));
        return key;
    }

    @Override
    public RoomView get(OrganizationId org, RoomId id, Optional<StatisticsRequest> statistics) {
        return view(RoomLookup.require(rooms, org, id), statistics);
    }

    @Override
    public List<RoomView> list(OrganizationId org, Optional<StatisticsRequest> statistics) {
        return rooms.list(org).stream().map(room -> view(room, statistics)).toList();
    }

    @Override
    public RealtimeData realtime(OrganizationId org, RoomId id) {
        return realtime(RoomLookup.require(rooms, org, id));
    }

    private RoomView view(Room room, Optional<StatisticsRequest> statistics) {
        return new RoomView(room, realtime(room), statistics.map(request -> statistics(room, request)));
    }

    private RealtimeData realtime(Room room) {
        return new RealtimeData(presence.currentViewers(room.id()), messages.count(room.organizationId(), room.id()));
    }

    private List<StatisticsBucket> statistics(Room room, StatisticsRequest request) {
        Instant now = clock.instant();
        Instant from = request.from(now);
        Map<Instant, Long> posted = messages.postedPerBucket(room.organizationId(), room.id(), from, request.granularitySeconds());
        Map<Instant, Long> viewers = presence.peakViewersPerBucket(room.id(), from, request.granularitySeconds());
        return request.bucketStarts(now).stream()
                .map(start -> new StatisticsBucket(start, viewers.getOrDefault(start, 0L), posted.getOrDefault(start, 0L)))
                .toList();
    }

    private void change(OrganizationId org, RoomId id, Consumer<Room> change) {
        tx.run(() -> {
            Room room = RoomLookup.require(rooms, org, id);
            change.accept(room);
            rooms.save(room);
            outbox.append(room.pullEvents());
        });
    }

    private SigningKey newSigningKey() {
        return new SigningKey(secrets.alphanumerics(SigningKey.LENGTH));
    }
}

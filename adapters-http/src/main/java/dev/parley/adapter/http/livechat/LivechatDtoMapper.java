package dev.parley.adapter.http.livechat;

import dev.parley.adapter.http.livechat.dto.MessageResponse;
import dev.parley.adapter.http.livechat.dto.PollResponse;
import dev.parley.adapter.http.livechat.dto.RealtimeDataResponse;
import dev.parley.adapter.http.livechat.dto.RoomResponse;
import dev.parley.adapter.http.livechat.dto.StatisticsResponse;
import dev.parley.adapter.http.support.Timestamps;
import dev.parley.application.livechat.port.in.PollView;
import dev.parley.application.livechat.port.in.RealtimeData;
import dev.parley.application.livechat.port.in.RoomView;
import dev.parley.domain.livechat.ChatMessage;
import dev.parley.domain.livechat.Poll;
import dev.parley.domain.livechat.PollSettings;
import dev.parley.domain.livechat.Room;
import dev.parley.domain.livechat.RoomSettings;
import dev.parley.domain.livechat.StatisticsBucket;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Maps rooms, messages and polls to the live chat surface's snake_case, UUID, spaced-time shapes. */
@Mapper
public interface LivechatDtoMapper {
    LivechatDtoMapper INSTANCE = Mappers.getMapper(LivechatDtoMapper.class);

    RealtimeDataResponse toRealtime(RealtimeData data);

    @Mapping(target = "timestamp", source = "start")
    StatisticsResponse toStatistics(StatisticsBucket bucket);

    default RoomResponse toRoom(RoomView view) {
        Room room = view.room();
        RoomSettings s = room.settings();
        return new RoomResponse(room.id().value().toString(), s.name(), room.status().wireName(), s.maxClients(),
                s.disableUsername(), s.embeddableDomains(), s.showClientsCount(), s.customStyles(), s.profanities(),
                s.profanitiesMethod().wireName(), s.blacklistIpv4(), s.cooldownSeconds(), s.allowClientDeletes(),
                s.allowRepeatedPosts(), s.allowPostLinks(), room.signingKey().value(),
                view.statistics().map(this::toStatistics).orElse(null), toRealtime(view.realtime()),
                time(room.createdAt()), time(room.updatedAt()));
    }

    List<StatisticsResponse> toStatistics(List<StatisticsBucket> buckets);

    default MessageResponse toMessage(ChatMessage message) {
        return new MessageResponse(message.id().value().toString(), message.userId(), message.username().orElse(null),
                message.text(), message.moderator(), message.visibility().wireName(), time(message.timestamp()));
    }

    default PollResponse toPoll(PollView view) {
        Poll poll = view.poll();
        PollSettings s = poll.settings();
        List<PollResponse.OptionResponse> options = s.options().stream()
                .map(o -> new PollResponse.OptionResponse(o.id().value().toString(), o.text(), o.correct(), view.votesFor(o.id())))
                .toList();
        return new PollResponse(poll.id().value().toString(), poll.roomId().value().toString(), s.query(),
                s.timeToAnswer().orElse(null), s.publishResult(), s.timeForResult(), s.displayFormat().wireName(),
                s.showCorrectness(), options, time(poll.createdAt()), time(poll.updatedAt()),
                optionalTime(poll.openedAt()), optionalTime(poll.closedAt()));
    }

    default String time(Instant instant) {
        return Timestamps.spaced(instant);
    }

    default String optionalTime(Optional<Instant> instant) {
        return instant.map(Timestamps::spaced).orElse(null);
    }
}

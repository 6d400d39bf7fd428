package dev.parley.adapter.http.b2b;

import dev.parley.adapter.http.b2b.dto.LeaderboardResponse;
import dev.parley.application.learning.port.in.LeaderboardView;
import java.time.LocalDate;
import org.mapstruct.Mapper;
import org.mapstruct.factory.Mappers;

/** Maps a leaderboard to the b2b surface's shape: display names only, the period's local dates, the caller's own place. */
@Mapper
public interface LeaderboardDtoMapper {
    LeaderboardDtoMapper INSTANCE = Mappers.getMapper(LeaderboardDtoMapper.class);

    default LeaderboardResponse toLeaderboard(LeaderboardView view) {
        return new LeaderboardResponse(
                view.rows().stream().map(row -> new LeaderboardResponse.Entry(row.rank(), row.displayName(), row.xp(), row.viewer())).toList(),
                new LeaderboardResponse.Meta(view.period().window().wireName(), view.period().start().map(LocalDate::toString).orElse(null),
                        view.period().end().map(LocalDate::toString).orElse(null), view.zone().getId(), view.limit(),
                        view.viewer().map(place -> new LeaderboardResponse.Place(place.rank().orElse(null), place.xp())).orElse(null)));
    }
}

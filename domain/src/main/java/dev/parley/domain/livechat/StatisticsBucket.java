package dev.parley.domain.livechat;

import java.time.Instant;

/** One bucket of a room's statistics: its start, the peak number of viewers and the messages posted. */
public record StatisticsBucket(Instant start, long clientsCount, long messagesCount) {
}

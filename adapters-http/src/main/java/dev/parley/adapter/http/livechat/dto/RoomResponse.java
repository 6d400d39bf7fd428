package dev.parley.adapter.http.livechat.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** A room as the reference shows it; {@code statistics} is null unless asked for. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"id", "name", "status", "max_clients", "disable_username", "embeddable_domains", "show_clients_count",
        "custom_styles", "profanities", "profanities_method", "blacklist_ipv4", "cooldown_seconds", "allow_client_deletes",
        "allow_repeated_posts", "allow_post_links", "signing_key", "statistics", "realtime_data", "created_at", "updated_at"})
public record RoomResponse(String id, String name, String status, int maxClients, boolean disableUsername,
                           List<String> embeddableDomains, boolean showClientsCount, String customStyles,
                           List<String> profanities, String profanitiesMethod, List<String> blacklistIpv4,
                           int cooldownSeconds, boolean allowClientDeletes, boolean allowRepeatedPosts,
                           boolean allowPostLinks, String signingKey, List<StatisticsResponse> statistics,
                           RealtimeDataResponse realtimeData, String createdAt, String updatedAt) {
}

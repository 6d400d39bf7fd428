package dev.parley.domain.livechat;

import dev.parley.domain.shared.InvalidInput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code statistics=<granularity>:<count>}: {@code count} buckets of {@code granularity} seconds (1, 5, 10, 30 or a
 * multiple of 60), aligned to the granularity, oldest first, the last one holding now.
 */
public record StatisticsRequest(int granularitySeconds, int count) {
    public static final int MAX_COUNT = 1440;
    public static final int MAX_GRANULARITY = 86_400;
    private static final Pattern SHAPE = Pattern.compile("^(\\d{1,6}):(\\d{1,5})$");

    public StatisticsRequest {
        boolean allowed = granularitySeconds == 1 || granularitySeconds == 5 || granularitySeconds == 10 || granularitySeconds == 30
                || (granularitySeconds >= 60 && granularitySeconds % 60 == 0 && granularitySeconds <= MAX_GRANULARITY);
        if (!allowed) {
            throw new InvalidInput("statistics", "granularity must be 1, 5, 10, 30 or a multiple of 60 seconds up to " + MAX_GRANULARITY);
        }
        if (count < 1 || count > MAX_COUNT) {
            throw new InvalidInput("statistics", "count must be 1-" + MAX_COUNT);
        }
    }

    public static StatisticsRequest parse(String raw) {
        Matcher matcher = SHAPE.matcher(raw == null ? "" : raw);
        if (!matcher.matches()) {
            throw new InvalidInput("statistics", "must look like <granularity>:<count>, e.g. 60:30");
        }
        return new StatisticsRequest(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    /** The start of each bucket, oldest first. */
    public List<Instant> bucketStarts(Instant now) {
        long last = Math.floorDiv(now.getEpochSecond(), granularitySeconds) * granularitySeconds;
        List<Instant> starts = new ArrayList<>(count);
        for (int i = count - 1; i >= 0; i--) {
            starts.add(Instant.ofEpochSecond(last - (long) i * granularitySeconds));
        }
        return starts;
    }

    /** The first instant covered. */
    public Instant from(Instant now) {
        return bucketStarts(now).get(0);
    }
}

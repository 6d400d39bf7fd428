package dev.parley.domain.learning.progress;

import dev.parley.domain.shared.InvalidInput;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The local dates a progress history covers, both inclusive, and its bucket size: {@code from} not after {@code to},
 * and at most 366 day buckets or 104 week buckets (weeks counted from the Monday on or before {@code from}).
 */
public record HistoryRange(LocalDate from, LocalDate to, Granularity granularity) {
    /** How many buckets a history covers when its start is left out. */
    public static final int DEFAULT_BUCKETS = 30;
    public HistoryRange {
        InvalidInput.required("from", from);
        InvalidInput.required("to", to);
        InvalidInput.required("granularity", granularity);
        if (to.isBefore(from)) {
            throw new InvalidInput("to", "must not be before from");
        }
        long buckets = bucketCount(from, to, granularity);
        if (buckets > granularity.maxBuckets()) {
            throw new InvalidInput("to", "must be within " + granularity.maxBuckets() + " " + granularity.wireName()
                    + "s of from, both included");
        }
    }

    /** Parses ISO dates ({@code 2024-03-15}) and {@code day|week}, naming the field that is wrong. */
    public static HistoryRange parse(String from, String to, String granularity) {
        return new HistoryRange(date("from", from), date("to", to), Granularity.parse(granularity));
    }

    /**
     * The range asked for, with what was left out filled in from the learner's local {@code today}: {@code to} defaults
     * to today, {@code from} so that the range holds {@value #DEFAULT_BUCKETS} buckets ending with the one holding {@code to}.
     */
    public static HistoryRange defaulted(Optional<LocalDate> from, Optional<LocalDate> to, Granularity granularity, LocalDate today) {
        InvalidInput.required("granularity", granularity);
        LocalDate end = to.orElse(today);
        LocalDate start = from.orElseGet(() -> {
            LocalDate first = granularity.bucketStart(end);
            for (int i = 1; i < DEFAULT_BUCKETS; i++) {
                first = granularity.previous(first);
            }
            return first;
        });
        return new HistoryRange(start, end, granularity);
    }

    /** Parses an ISO date ({@code 2024-03-15}), naming the field when it is not one. */
    public static LocalDate date(String field, String raw) {
        InvalidInput.required(field, raw);
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "must be a date like 2024-03-15");
        }
    }

    /** How many buckets the range spans. */
    public int bucketCount() {
        return (int) bucketCount(from, to, granularity);
    }

    private static long bucketCount(LocalDate from, LocalDate to, Granularity granularity) {
        return switch (granularity) {
            case DAY -> ChronoUnit.DAYS.between(from, to) + 1;
            case WEEK -> ChronoUnit.WEEKS.between(granularity.bucketStart(from), granularity.bucketStart(to)) + 1;
        };
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}

package dev.parley.adapter.http.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class IsoInstantsTest {
    private static final long YEAR_0 = -62_167_219_200L;
    private static final long AFTER_YEAR_9999 = 253_402_300_800L;

    @Property(tries = 5_000)
    void reads_what_instant_to_string_writes_as_instant_parse_does(@ForAll @LongRange(min = YEAR_0, max = AFTER_YEAR_9999 - 1) long second,
                                                                    @ForAll @IntRange(min = 0, max = 999_999_999) int nanos,
                                                                    @ForAll @IntRange(min = 0, max = 9) int keptDigits) {
        int unit = (int) Math.pow(10, 9 - keptDigits);
        Instant instant = Instant.ofEpochSecond(second, nanos / unit * unit);

        assertThat(IsoInstants.parse(instant.toString())).isEqualTo(Instant.parse(instant.toString())).isEqualTo(instant);
    }

    @Property(tries = 5_000)
    void any_change_to_one_character_is_read_or_refused_exactly_as_instant_parse_would(
            @ForAll @LongRange(min = YEAR_0, max = AFTER_YEAR_9999 - 1) long second, @ForAll @IntRange(min = 0, max = 29) int position,
            @ForAll @IntRange(min = 32, max = 126) int replacement) {
        String written = Instant.ofEpochSecond(second, 123_456_000).toString();
        String changed = written.substring(0, Math.min(position, written.length())) + (char) replacement
                + written.substring(Math.min(position + 1, written.length()));

        assertThat(outcome(() -> IsoInstants.parse(changed))).isEqualTo(outcome(() -> Instant.parse(changed)));
    }

    @Test
    void other_forms_and_impossible_dates_go_the_same_way_as_instant_parse() {
        for (String text : new String[] {"2026-02-29T10:00:00Z", "2024-02-29T10:00:00Z", "2026-04-31T00:00:00Z", "2026-13-01T00:00:00Z",
                "2026-11-21T24:00:00Z", "2026-11-21T23:59:60Z", "2026-11-21T10:00:00.Z", "2026-11-21T10:00:00.1234567891Z",
                "2026-11-21T10:00:00+02:00", "+12026-11-21T10:00:00Z", "2026-11-21t10:00:00Z", "2026-11-21T10:00Z", ""}) {
            assertThat(outcome(() -> IsoInstants.parse(text))).as(text).isEqualTo(outcome(() -> Instant.parse(text)));
        }
    }

    private static Object outcome(java.util.function.Supplier<Instant> parse) {
        try {
            return parse.get();
        } catch (DateTimeParseException e) {
            return DateTimeParseException.class;
        }
    }
}

package dev.parley.domain.learning.progress;

import dev.parley.domain.learning.Skill;
import dev.parley.domain.learning.CefrLevel;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;

/** Generators shared by the progress tests: zones with awkward offsets and transitions, instants, attempts. */
final class ProgressArbitraries {
    static final Instant EARLIEST = Instant.parse("2020-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("2030-01-01T00:00:00Z");

    /**
     * Zones with half- and quarter-hour offsets, the two extremes of the date line, DST at midnight (Santiago, Havana),
     * half-hour DST (Lord Howe) and plain UTC.
     */
    static final List<ZoneId> ZONES = List.of("UTC", "Asia/Tokyo", "America/Los_Angeles", "Europe/Berlin", "Australia/Lord_Howe",
            "Asia/Kathmandu", "America/St_Johns", "Pacific/Chatham", "America/Santiago", "America/Havana", "Pacific/Kiritimati",
            "Pacific/Pago_Pago", "Asia/Tehran").stream().map(ZoneId::of).toList();

    private ProgressArbitraries() {
    }

    static Arbitrary<ZoneId> zones() {
        return Arbitraries.of(ZONES);
    }

    static Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(EARLIEST.getEpochSecond(), LATEST.getEpochSecond())
                .withDistribution(RandomDistribution.uniform()).map(Instant::ofEpochSecond);
    }

    /** Instants spread evenly over {@code days} days after {@code start}, so that generated activity shares days often. */
    static Arbitrary<Instant> instantsWithin(Instant start, int days) {
        return Arbitraries.longs().between(0, days * 86_400L - 1).withDistribution(RandomDistribution.uniform()).map(start::plusSeconds);
    }

    /** Attempts without edge cases of their own: the combinations of eight fields' edge cases cost more than they find. */
    static Arbitrary<AttemptFact> attempts(Arbitrary<Instant> at, Arbitrary<Long> itemIds) {
        return Combinators.combine(
                Arbitraries.of(Skill.class), Arbitraries.of(CefrLevel.class), Arbitraries.of(true, false),
                Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 40),
                Arbitraries.longs().between(0, 600_000), at, itemIds)
                .as(AttemptFact::new)
                .withoutEdgeCases();
    }
}

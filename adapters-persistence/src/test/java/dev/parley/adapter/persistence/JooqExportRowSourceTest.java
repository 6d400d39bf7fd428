package dev.parley.adapter.persistence;

import static dev.parley.application.contract.Seed.uuid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.contract.Adapters;
import dev.parley.application.contract.Seed;
import dev.parley.domain.export.ExportFilters;
import dev.parley.domain.export.ExportType;
import dev.parley.domain.helpdesk.Channel;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Export rows streamed from PostgreSQL: one organization's only, filtered by UTC day, in the documented columns. */
class JooqExportRowSourceTest {
    @RegisterExtension
    static final MigratedDatabase DATABASE = new MigratedDatabase();
    private static final Instant MARCH_1 = Instant.parse("2024-03-01T00:00:00Z");

    private OrganizationId acme;
    private OrganizationId globex;

    @BeforeEach
    void seed() {
        Adapters adapters = DATABASE.emptyAdapters();
        Seed seed = new Seed(adapters);
        acme = seed.organization(1, "acme");
        globex = seed.organization(2, "globex");
        adapters.tickets().save(Seed.ticket(acme, uuid(1), Channel.EMAIL, List.of("vip", "billing"), MARCH_1.minusSeconds(1)));
        adapters.tickets().save(Seed.ticket(acme, uuid(2), Channel.API, List.of(), MARCH_1.plusSeconds(86_399)));
        adapters.tickets().save(Seed.ticket(acme, uuid(3), Channel.API, List.of(), MARCH_1.plusSeconds(86_400)));
        adapters.tickets().save(Seed.ticket(globex, uuid(4), Channel.API, List.of(), MARCH_1));
    }

    private List<List<String>> stream(OrganizationId org, ExportType type, ExportFilters filters) {
        List<List<String>> rows = new ArrayList<>();
        DATABASE.module().exportRows().stream(org, type, filters, rows::add);
        return rows;
    }

    @Test
    void streamsOnlyTheOrganizationsTicketsOldestFirstInTheTypesColumns() {
        List<List<String>> rows = stream(acme, ExportType.TICKETS, ExportFilters.NONE);

        assertThat(rows).hasSize(3).allSatisfy(row -> assertThat(row).hasSameSizeAs(ExportType.TICKETS.columns()));
        assertThat(rows.get(0)).containsExactly("tkt_" + new java.math.BigInteger(uuid(1).toString().replace("-", ""), 16).toString(36),
                "Subject " + uuid(1), "open", "email", "Ada Lovelace", "ada@example.com", "vip,billing",
                "2024-02-29T23:59:59Z", "2024-02-29T23:59:59Z");
        assertThat(stream(globex, ExportType.TICKETS, ExportFilters.NONE)).singleElement()
                .satisfies(row -> assertThat(row.get(1)).isEqualTo("Subject " + uuid(4)));
    }

    @Test
    void keepsWholeUtcDaysWithBothEndsIncluded() {
        LocalDate march1 = LocalDate.of(2024, 3, 1);
        ExportFilters oneDay = new ExportFilters(Optional.of(march1), Optional.of(march1), Optional.empty());

        assertThat(stream(acme, ExportType.TICKETS, oneDay)).extracting(row -> row.get(1)).containsExactly("Subject " + uuid(2));
    }

    @Test
    void anOrganizationWithoutLearningDataExportsNoRows() {
        for (ExportType type : List.of(ExportType.LEARNER_PROGRESS, ExportType.COMPLETIONS, ExportType.ACTIVITY)) {
            assertThat(stream(acme, type, ExportFilters.NONE)).as(type.wireName()).isEmpty();
        }
    }
}

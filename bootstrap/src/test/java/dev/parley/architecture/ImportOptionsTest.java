package dev.parley.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.Location;
import java.net.URI;
import org.junit.jupiter.api.Test;

class ImportOptionsTest {

    private static Location at(String uri) {
        return Location.of(URI.create(uri));
    }

    @Test
    void testJarsAreLeftOutAndOtherJarsAndFoldersKept() {
        ExcludeTestJars option = new ExcludeTestJars();

        assertThat(option.includes(at("jar:file:/r/application-0.1.0-SNAPSHOT-tests.jar!/dev/parley/application/helpdesk/fake/InMemoryTickets.class"))).isFalse();
        assertThat(option.includes(at("jar:file:/r/application-0.1.0-SNAPSHOT.jar!/dev/parley/application/helpdesk/HelpdeskService.class"))).isTrue();
        assertThat(option.includes(at("file:/w/application/target/classes/dev/parley/application/helpdesk/HelpdeskService.class"))).isTrue();
    }

    @Test
    void theArchitectureFixturesAreLeftOutWhereverTheyAre() {
        ExcludeArchitectureFixtures option = new ExcludeArchitectureFixtures();

        assertThat(option.includes(at("file:/w/bootstrap/target/test-classes/dev/parley/architecture/fixtures/domain/helpdesk/LeakyTicket.class"))).isFalse();
        assertThat(option.includes(at("jar:file:/r/bootstrap-tests.jar!/dev/parley/architecture/fixtures/domain/helpdesk/LeakyTicket.class"))).isFalse();
        assertThat(option.includes(at("file:/w/domain/target/classes/dev/parley/domain/helpdesk/Ticket.class"))).isTrue();
    }
}

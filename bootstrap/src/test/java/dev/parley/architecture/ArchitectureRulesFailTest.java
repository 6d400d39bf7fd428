package dev.parley.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.parley.architecture.fixtures.adapter.http.helpdesk.RepositoryPeekingRoutes;
import dev.parley.architecture.fixtures.adapter.http.helpdesk.SecretRoutes;
import dev.parley.architecture.fixtures.adapter.http.helpdesk.SqlRoutes;
import dev.parley.architecture.fixtures.adapter.http.helpdesk.TicketDtoMapper;
import dev.parley.architecture.fixtures.adapter.http.helpdesk.TicketRoutes;
import dev.parley.architecture.fixtures.adapter.http.support.ConsolePrinter;
import dev.parley.architecture.fixtures.adapter.http.support.JsonBodies;
import dev.parley.architecture.fixtures.adapter.outbound.webhook.GeneratedCodeDelivery;
import dev.parley.architecture.fixtures.adapter.outbound.webhook.HttpWebhookDelivery;
import dev.parley.architecture.fixtures.adapter.outbound.webhook.JettyDelivery;
import dev.parley.architecture.fixtures.adapter.outbound.webhook.RoutesCallingDelivery;
import dev.parley.architecture.fixtures.adapter.persistence.helpdesk.JooqTicketRepository;
import dev.parley.architecture.fixtures.adapter.persistence.helpdesk.ReachingRepository;
import dev.parley.architecture.fixtures.adapter.persistence.helpdesk.RequestAwareRepository;
import dev.parley.architecture.fixtures.adapter.persistence.helpdesk.SecretStorePeek;
import dev.parley.architecture.fixtures.adapter.persistence.identity.JooqSecretStore;
import dev.parley.architecture.fixtures.adapter.persistence.jooq.TicketsTable;
import dev.parley.architecture.fixtures.adapter.persistence.shared.Migrations;
import dev.parley.architecture.fixtures.adapter.persistence.shared.SqlStates;
import dev.parley.architecture.fixtures.application.helpdesk.CallerAwareService;
import dev.parley.architecture.fixtures.application.helpdesk.JsonTicketService;
import dev.parley.architecture.fixtures.application.helpdesk.MappingService;
import dev.parley.architecture.fixtures.application.helpdesk.MigratingService;
import dev.parley.architecture.fixtures.application.helpdesk.OpenTicketService;
import dev.parley.architecture.fixtures.application.helpdesk.RandomIdService;
import dev.parley.architecture.fixtures.application.helpdesk.RouteAwareService;
import dev.parley.architecture.fixtures.application.helpdesk.SecretReadingService;
import dev.parley.architecture.fixtures.application.helpdesk.StackTracePrinter;
import dev.parley.architecture.fixtures.application.helpdesk.TicketLocked;
import dev.parley.architecture.fixtures.application.helpdesk.port.in.OpenTicketUseCase;
import dev.parley.architecture.fixtures.application.helpdesk.port.out.TicketRepository;
import dev.parley.architecture.fixtures.application.identity.port.in.Caller;
import dev.parley.architecture.fixtures.application.identity.port.out.SecretStore;
import dev.parley.architecture.fixtures.application.shared.port.out.Outbox;
import dev.parley.architecture.fixtures.bootstrap.Cli;
import dev.parley.architecture.fixtures.domain.helpdesk.ExtensibleRejection;
import dev.parley.architecture.fixtures.domain.helpdesk.JsonTicket;
import dev.parley.architecture.fixtures.domain.helpdesk.LeakyTicket;
import dev.parley.architecture.fixtures.domain.helpdesk.Ticket;
import dev.parley.architecture.fixtures.domain.helpdesk.TicketOwner;
import dev.parley.architecture.fixtures.domain.helpdesk.TicketWithService;
import dev.parley.architecture.fixtures.domain.helpdesk.WallClockTicket;
import dev.parley.architecture.fixtures.domain.identity.Ability;
import dev.parley.architecture.fixtures.domain.identity.Secret;
import dev.parley.architecture.fixtures.domain.shared.DomainException;
import dev.parley.architecture.fixtures.domain.shared.Rejected;
import dev.parley.architecture.fixtures.domain.shared.SomethingHappened;
import dev.parley.architecture.fixtures.domain.shared.TicketAware;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rule 6 of ARCHITECTURE.md §1: every architecture rule fails on the fixtures that break it, names each of them, and
 * passes on the compliant fixtures alone.
 */
class ArchitectureRulesFailTest {
    private static final String BASE = "dev.parley.architecture.fixtures";
    private static final ParleyRules RULES = ParleyRules.forBase(BASE);

    private static final List<Class<?>> COMPLIANT = List.of(
            DomainException.class, Rejected.class, SomethingHappened.class, Ticket.class, Ability.class, Secret.class,
            Outbox.class, OpenTicketUseCase.class, TicketRepository.class, OpenTicketService.class, Caller.class,
            SecretStore.class, TicketRoutes.class, TicketDtoMapper.class, JsonBodies.class, TicketsTable.class,
            JooqTicketRepository.class, JooqSecretStore.class, Migrations.class, SqlStates.class, HttpWebhookDelivery.class, Cli.class);

    private static final JavaClasses ALL_FIXTURES = new ClassFileImporter().importPackages(BASE);

    static Stream<Arguments> violators() {
        return Stream.of(
                arguments(TicketWithService.class, Set.of("1 onion", "2 domain")),
                arguments(RouteAwareService.class, Set.of("1 onion", "2 application")),
                arguments(RepositoryPeekingRoutes.class, Set.of("1 onion")),
                arguments(RoutesCallingDelivery.class, Set.of("1 onion")),
                arguments(LeakyTicket.class, Set.of("2 domain", "4 persistence")),
                arguments(JsonTicketService.class, Set.of("2 application", "4 jackson")),
                arguments(JsonTicket.class, Set.of("2 domain", "4 jackson")),
                arguments(TicketOwner.class, Set.of("3 contexts")),
                arguments(TicketAware.class, Set.of("3 contexts")),
                arguments(CallerAwareService.class, Set.of("3 contexts")),
                arguments(SecretReadingService.class, Set.of("3 contexts")),
                arguments(SecretStorePeek.class, Set.of("3 contexts")),
                arguments(ReachingRepository.class, Set.of("3 contexts")),
                arguments(SecretRoutes.class, Set.of("3 contexts")),
                arguments(SqlRoutes.class, Set.of("4 persistence")),
                arguments(GeneratedCodeDelivery.class, Set.of("1 onion", "4 persistence")),
                arguments(MigratingService.class, Set.of("2 application", "4 persistence")),
                arguments(RequestAwareRepository.class, Set.of("4 web")),
                arguments(JettyDelivery.class, Set.of("4 web")),
                arguments(MappingService.class, Set.of("2 application", "4 mapstruct")),
                arguments(WallClockTicket.class, Set.of("5 determinism")),
                arguments(RandomIdService.class, Set.of("5 determinism")),
                arguments(TicketLocked.class, Set.of("6 exceptions")),
                arguments(ExtensibleRejection.class, Set.of("6 exceptions")),
                arguments(ConsolePrinter.class, Set.of("6 streams")),
                arguments(StackTracePrinter.class, Set.of("6 streams")));
    }

    private static List<Class<?>> violatorClasses() {
        return violators().<Class<?>>map(arguments -> (Class<?>) arguments.get()[0]).toList();
    }

    /** The violation lines a rule reports on all fixtures: one per offending dependency, call or class. */
    private static List<String> violationLines(ArchRule rule) {
        return rule.evaluate(ALL_FIXTURES).getFailureReport().getDetails().stream()
                .flatMap(String::lines)
                .filter(line -> line.contains("<"))
                .toList();
    }

    private static boolean names(String line, Class<?> type) {
        return Pattern.compile(Pattern.quote(type.getName()) + "(?![\\w])").matcher(line).find();
    }

    @Test
    void theCompliantFixturesBreakNoClauseAndNoRule() {
        JavaClasses compliant = new ClassFileImporter().importClasses(COMPLIANT);

        RULES.clauses().forEach((name, rule) -> assertThat(rule.evaluate(compliant).getFailureReport().getDetails()).as(name).isEmpty());
        RULES.numbered().forEach(rule -> assertThat(rule.evaluate(compliant).hasViolation()).as(rule.getDescription()).isFalse());
    }

    @Test
    void everyClauseAndEveryNumberedRuleFailsOnTheFixtures() {
        RULES.clauses().forEach((name, rule) -> assertThat(rule.evaluate(ALL_FIXTURES).hasViolation()).as(name).isTrue());
        RULES.numbered().forEach(rule -> assertThat(rule.evaluate(ALL_FIXTURES).hasViolation()).as(rule.getDescription()).isTrue());
    }

    @Test
    void everyReportedViolationIsCausedByAViolator() {
        List<Class<?>> violators = violatorClasses();

        RULES.clauses().forEach((name, rule) -> assertThat(violationLines(rule)).as(name)
                .allMatch(line -> violators.stream().anyMatch(violator -> names(line, violator))));
    }

    @ParameterizedTest(name = "{0} breaks {1}")
    @MethodSource("violators")
    void aViolatorBreaksExactlyTheClausesItDocuments(Class<?> violator, Set<String> expected) {
        Set<String> broken = new TreeSet<>();
        RULES.clauses().forEach((name, rule) -> {
            if (violationLines(rule).stream().anyMatch(line -> names(line, violator))) {
                broken.add(name);
            }
        });

        assertThat(broken).isEqualTo(new TreeSet<>(expected));
    }

    @ParameterizedTest(name = "{0} breaks numbered rules of {1}")
    @MethodSource("violators")
    void theNumberedRulesTheProductionTestRunsReportTheViolatorToo(Class<?> violator, Set<String> expected) {
        List<ArchRule> numbered = RULES.numbered();

        for (int number = 1; number <= numbered.size(); number++) {
            String prefix = number + " ";
            boolean expectedToFail = expected.stream().anyMatch(clause -> clause.startsWith(prefix));
            boolean reported = violationLines(numbered.get(number - 1)).stream().anyMatch(line -> names(line, violator));
            assertThat(reported).as("rule %d", number).isEqualTo(expectedToFail);
        }
    }

    @Test
    void everyWayOfReadingTheClockOrDrawingRandomnessIsReported() {
        List<String> lines = violationLines(RULES.coreIsDeterministic());

        for (Method method : WallClockTicket.class.getDeclaredMethods()) {
            String origin = "<" + WallClockTicket.class.getName() + "." + method.getName() + "()>";
            assertThat(lines).as(method.getName()).anyMatch(line -> line.contains(origin));
        }
    }

    @Test
    void theFixturesCoverEveryClauseOfEveryRule() {
        Set<String> covered = new TreeSet<>();
        violators().forEach(arguments -> covered.addAll(clausesOf(arguments)));

        assertThat(covered).isEqualTo(new TreeSet<>(RULES.clauses().keySet()));
        assertThat(RULES.numbered()).hasSize(6);
    }

    @SuppressWarnings("unchecked")
    private static Set<String> clausesOf(Arguments arguments) {
        return (Set<String>) arguments.get()[1];
    }
}

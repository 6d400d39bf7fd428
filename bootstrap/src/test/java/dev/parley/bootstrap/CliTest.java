package dev.parley.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.adapter.persistence.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CliTest {
    private static TestDatabase database;
    private static Map<String, String> env;

    @BeforeAll
    static void createDatabase() {
        database = TestDatabase.create();
        env = Map.of("PARLEY_DATABASE_URL", database.jdbcUrl(), "PARLEY_DATABASE_USER", database.user(),
                "PARLEY_DATABASE_PASSWORD", database.password());
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    private record Run(int exitCode, List<String> out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(List.of(args), env, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8).lines().toList(), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void createsAnOrganizationAndPrintsItsHelpdeskId() {
        Run created = run("orgs", "create", "cli-org", "--name", "CLI Org");

        assertThat(created.exitCode()).isZero();
        assertThat(created.out()).singleElement().asString().matches("org_[0-9a-z]+");
    }

    @Test
    void createsAnAgentAndPrintsTheUserIdThenTheAgentId() {
        run("orgs", "create", "agents-org", "--name", "Agents");

        Run agent = run("users", "create", "--org", "agents-org", "--email", "a@agents.test", "--name", "A", "--role", "agent",
                "--password", "long enough password");
        Run learner = run("users", "create", "--org", "agents-org", "--email", "l@agents.test", "--name", "L", "--role", "learner");

        assertThat(agent.exitCode()).isZero();
        assertThat(agent.out()).hasSize(2);
        assertThat(agent.out().get(0)).matches("[1-9][0-9]*");
        assertThat(agent.out().get(1)).isEqualTo("agent_" + Long.toString(Long.parseLong(agent.out().get(0)), 36));
        assertThat(learner.out()).singleElement().asString().matches("[1-9][0-9]*");
    }

    @Test
    void createsATokenAndPrintsOnlyTheToken() {
        run("orgs", "create", "tokens-org", "--name", "Tokens");
        run("users", "create", "--org", "tokens-org", "--email", "t@tokens.test", "--name", "T", "--role", "admin");

        Run token = run("tokens", "create", "--org", "tokens-org", "--name", "ci", "--abilities", "tickets:read,tickets:write",
                "--user", "t@tokens.test", "--expires-in", "30d");
        Run everything = run("tokens", "create", "--org", "tokens-org", "--name", "all", "--abilities", "*");

        assertThat(token.exitCode()).isZero();
        assertThat(token.out()).singleElement().asString().matches("\\d+\\|[A-Za-z0-9]{40}[0-9a-f]{8}");
        assertThat(everything.out()).singleElement().asString().matches("\\d+\\|[A-Za-z0-9]{40}[0-9a-f]{8}");
    }

    @Test
    void explainsMistakesWithoutAStackTrace() {
        Run unknownOrg = run("tokens", "create", "--org", "nope", "--name", "x", "--abilities", "*");
        Run abilityOrg = run("orgs", "create", "ability-org", "--name", "A");
        Run unknownAbility = run("tokens", "create", "--org", "ability-org", "--name", "x", "--abilities", "tickets:delete");
        Run missingOption = run("orgs", "create", "x-org");
        Run unknownCommand = run("frobnicate");
        Run duplicate = run("orgs", "create", "ability-org", "--name", "Again");

        assertThat(abilityOrg.exitCode()).isZero();
        assertThat(unknownOrg.exitCode()).isEqualTo(1);
        assertThat(unknownOrg.err()).contains("organization nope not found");
        assertThat(unknownAbility.exitCode()).isEqualTo(1);
        assertThat(unknownAbility.err()).contains("unknown ability");
        assertThat(missingOption.exitCode()).isEqualTo(2);
        assertThat(missingOption.err()).contains("missing --name").contains("usage:");
        assertThat(unknownCommand.exitCode()).isEqualTo(2);
        assertThat(duplicate.exitCode()).isEqualTo(1);
        assertThat(duplicate.err()).contains("already exists");
    }

    @Test
    void migrateIsRepeatable() {
        assertThat(run("migrate").exitCode()).isZero();
        assertThat(run("migrate").exitCode()).isZero();
    }

    @Test
    void aBadPortIsAClearConfigurationError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(List.of("migrate"), Map.of("PARLEY_HTTP_PORT", "seventy"), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("PARLEY_HTTP_PORT");
    }
}

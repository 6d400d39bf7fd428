package dev.parley.bootstrap;

import dev.parley.adapter.http.helpdesk.HelpdeskIds;
import dev.parley.adapter.persistence.PersistenceModule;
import dev.parley.application.identity.port.in.IssueTokenUseCase.IssueTokenCommand;
import dev.parley.domain.helpdesk.AgentId;
import dev.parley.domain.identity.Abilities;
import dev.parley.domain.identity.ApiToken;
import dev.parley.domain.identity.Organization;
import dev.parley.domain.identity.Role;
import dev.parley.domain.identity.User;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The operator's commands: organizations, users and tokens, straight against the database. */
final class Cli {
    static final String USAGE = """
            usage: parley [serve]
                   parley migrate
                   parley orgs create <slug> --name <name>
                   parley users create --org <slug> --email <email> --name <name> --role admin|agent|instructor|learner [--password <password>]
                   parley tokens create --org <slug> --name <name> --abilities a,b|* [--user <email>] [--expires-in 30d] [--rate-limit 300]
            """;

    private final PrintStream out;

    Cli(PrintStream out) {
        this.out = out;
    }

    /** Runs one admin command; the caller owns the persistence module. */
    void run(List<String> args, PersistenceModule persistence) {
        Wiring wiring = new Wiring(persistence, Wiring.systemClock());
        String command = args.get(0) + " " + (args.size() > 1 ? args.get(1) : "");
        Map<String, String> options = options(args.subList(Math.min(2, args.size()), args.size()));
        switch (command) {
            case "orgs create" -> {
                Organization org = wiring.administration().createOrganization(positional(args), required(options, "name"));
                out.println(HelpdeskIds.organization(org.id()));
            }
            case "users create" -> {
                User user = wiring.administration().createUser(required(options, "org"), required(options, "email"),
                        required(options, "name"), Role.parse("role", required(options, "role")),
                        Optional.ofNullable(options.get("password")));
                out.println(user.id().value());
                if (user.role() == Role.AGENT) {
                    out.println(HelpdeskIds.agent(new AgentId(user.id().value())));
                }
            }
            case "tokens create" -> {
                Organization org = wiring.administration().organizationBySlug(required(options, "org"));
                Optional<User> user = Optional.ofNullable(options.get("user"))
                        .map(email -> wiring.administration().userByEmail(org.slug().value(), email));
                IssueTokenCommand token = new IssueTokenCommand(required(options, "name"),
                        Abilities.parse("abilities", Arrays.asList(required(options, "abilities").split(","))),
                        user.map(User::id), Optional.ofNullable(options.get("expires-in")).map(Cli::expiry),
                        Optional.ofNullable(options.get("rate-limit")).map(Cli::rateLimit).orElse(ApiToken.DEFAULT_RATE_LIMIT));
                out.println(wiring.tokens().issueAsOperator(org.id(), token).plainText().wireForm());
            }
            default -> throw new UsageError("unknown command: " + String.join(" ", args));
        }
    }

    private static String positional(List<String> args) {
        if (args.size() < 3 || args.get(2).startsWith("--")) {
            throw new UsageError("missing <slug>");
        }
        return args.get(2);
    }

    private static Map<String, String> options(List<String> rest) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < rest.size(); i++) {
            String arg = rest.get(i);
            if (arg.startsWith("--")) {
                if (i + 1 >= rest.size()) {
                    throw new UsageError("option " + arg + " needs a value");
                }
                options.put(arg.substring(2), rest.get(++i));
            }
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new UsageError("missing --" + name);
        }
        return value;
    }

    private static int rateLimit(String raw) {
        if (!raw.matches("^[1-9][0-9]{0,5}$")) {
            throw new UsageError("--rate-limit must be a whole number of requests per minute");
        }
        return Integer.parseInt(raw);
    }

    static Instant expiry(String raw) {
        if (!raw.matches("^[1-9][0-9]{0,4}[mhd]$")) {
            throw new UsageError("--expires-in must look like 30d, 12h or 45m");
        }
        long amount = Long.parseLong(raw.substring(0, raw.length() - 1));
        Duration duration = switch (raw.charAt(raw.length() - 1)) {
            case 'm' -> Duration.ofMinutes(amount);
            case 'h' -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
        return Instant.now().plus(duration);
    }

    /** The command line was not understood. */
    static final class UsageError extends RuntimeException {
        UsageError(String message) {
            super(message);
        }
    }
}

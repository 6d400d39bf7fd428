package dev.parley.bootstrap;

import dev.parley.adapter.persistence.PersistenceModule;
import dev.parley.domain.shared.DomainException;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** The one jar: {@code serve} (default) runs the service; the other commands administer it. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        System.exit(run(List.of(args), System.getenv(), System.out, System.err));
    }

    /** Runs one command with the given environment; answers the process exit code (0 ok, 1 failed, 2 usage). */
    static int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
        try {
            Config config = Config.fromEnvironment(env);
            if (args.isEmpty() || args.get(0).equals("serve")) {
                serve(config, out);
                return 0;
            }
            if (args.contains("--help") || args.contains("-h")) {
                out.print(Cli.USAGE);
                return 0;
            }
            try (DatabaseLocation database = DatabaseLocator.locate(config);
                 PersistenceModule persistence = PersistenceModule.connect(database.jdbcUrl(), database.user(), database.password())) {
                persistence.migrate();
                if (!args.get(0).equals("migrate")) {
                    new Cli(out).run(args, persistence);
                }
            }
            return 0;
        } catch (Cli.UsageError e) {
            err.println("parley: " + e.getMessage());
            err.print(Cli.USAGE);
            return 2;
        } catch (ConfigurationError | DomainException e) {
            err.println("parley: " + e.getMessage());
            return 1;
        } catch (Exception e) {
            err.println("parley: " + e);
            return 1;
        }
    }

    private static void serve(Config config, PrintStream out) throws InterruptedException {
        ParleyServer server = ParleyServer.start(config, out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "parley-shutdown"));
        stopped.await();
    }
}

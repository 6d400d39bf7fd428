package dev.parley.bootstrap;

import dev.parley.adapter.persistence.PersistenceModule;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Lets tests run the admin CLI in-process and read what it printed. */
public final class TestCli {
    private TestCli() {
    }

    public static List<String> run(PersistenceModule persistence, String... args) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        new Cli(new PrintStream(buffer, true, StandardCharsets.UTF_8)).run(List.of(args), persistence);
        return buffer.toString(StandardCharsets.UTF_8).lines().toList();
    }
}

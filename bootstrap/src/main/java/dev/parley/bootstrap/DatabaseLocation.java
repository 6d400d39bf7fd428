package dev.parley.bootstrap;

/** Where the database is: a JDBC URL with its credentials, plus whatever must be stopped with the service. */
public record DatabaseLocation(String jdbcUrl, String user, String password, AutoCloseable owned) implements AutoCloseable {
    @Override
    public void close() throws Exception {
        owned.close();
    }
}

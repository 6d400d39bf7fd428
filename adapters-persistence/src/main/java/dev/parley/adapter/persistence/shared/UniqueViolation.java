package dev.parley.adapter.persistence.shared;

import org.jooq.Named;
import org.jooq.exception.DataAccessException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Recognises PostgreSQL's unique-violation errors, so a repository can turn a lost race into a domain error. */
public final class UniqueViolation {
    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolation() {
    }

    /** True when {@code e} reports a violation of exactly {@code key}, a unique constraint or a unique index. */
    public static boolean of(DataAccessException e, Named key) {
        if (!UNIQUE_VIOLATION.equals(e.sqlState())) {
            return false;
        }
        PSQLException cause = e.getCause(PSQLException.class);
        ServerErrorMessage message = cause == null ? null : cause.getServerErrorMessage();
        return message != null && key.getName().equals(message.getConstraint());
    }
}

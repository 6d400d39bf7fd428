package dev.parley.adapter.persistence.shared;

import org.jooq.Named;
import org.jooq.exception.DataAccessException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Recognises PostgreSQL's foreign-key errors, so a repository can turn a missing parent into a domain error. */
public final class ForeignKeyViolation {
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private ForeignKeyViolation() {
    }

    /** True when {@code e} reports a violation of exactly {@code key}. */
    public static boolean of(DataAccessException e, Named key) {
        if (!FOREIGN_KEY_VIOLATION.equals(e.sqlState())) {
            return false;
        }
        PSQLException cause = e.getCause(PSQLException.class);
        ServerErrorMessage message = cause == null ? null : cause.getServerErrorMessage();
        return message != null && key.getName().equals(message.getConstraint());
    }
}

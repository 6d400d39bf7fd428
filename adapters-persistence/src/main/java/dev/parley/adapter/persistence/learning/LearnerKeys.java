package dev.parley.adapter.persistence.learning;

import dev.parley.domain.shared.InvalidInput;
import org.jooq.exception.DataAccessException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Turns a violated {@code (organization_id, user_id)} foreign key, a learner who is no person of the organization, into a domain error. */
final class LearnerKeys {
    private static final String FOREIGN_KEY_VIOLATION = "23503";
    private static final String LEARNER_KEY_SUFFIX = "_organization_id_user_id_fkey";

    private LearnerKeys() {
    }

    /** Runs {@code write}, refusing a learner of another organization on {@code user_id}. */
    static void requireLearner(Runnable write) {
        try {
            write.run();
        } catch (DataAccessException e) {
            if (isLearnerKey(e)) {
                throw new InvalidInput("user_id", "is not a person of this organization");
            }
            throw e;
        }
    }

    private static boolean isLearnerKey(DataAccessException e) {
        if (!FOREIGN_KEY_VIOLATION.equals(e.sqlState())) {
            return false;
        }
        PSQLException cause = e.getCause(PSQLException.class);
        ServerErrorMessage message = cause == null ? null : cause.getServerErrorMessage();
        return message != null && message.getConstraint() != null && message.getConstraint().endsWith(LEARNER_KEY_SUFFIX);
    }
}

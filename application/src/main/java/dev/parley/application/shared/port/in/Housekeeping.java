package dev.parley.application.shared.port.in;

/**
 * Deletes what one store no longer needs to keep, as the retention policy says, in bounded batches. Safe to run on
 * several servers sharing one database at once: a pass skips what another is deleting and deletes nothing twice.
 */
public interface Housekeeping {
    /** What a pass removes, for the logs, such as {@code "published outbox events"}. */
    String subject();

    /** One pass; answers how many items it removed. */
    long purge();
}

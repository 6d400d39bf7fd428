package dev.parley.application.webhook.port.out;

/**
 * Announcements that deliveries were stored, or made pending again, for any worker to claim (fresh deliveries stored
 * already claimed are not announced). Only counted: a count that changed since a worker's last claim means another
 * claim may find new work.
 */
public interface DeliveryAnnouncements {
    /** How many announcements have arrived so far; it never decreases. */
    long count();
}

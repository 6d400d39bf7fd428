package dev.parley.application.shared.port.out;

import java.util.UUID;

/** Makes new identities, so the core never reaches for randomness itself. */
public interface IdGenerator {
    UUID newUuid();

    /**
     * A UUID that sorts by creation time (version 7: milliseconds since the epoch, then random bits), for rows written in
     * large numbers, whose indexes then grow at one end instead of everywhere.
     */
    UUID newTimeOrderedUuid();

    /** A positive id below 2^53, so it survives JavaScript clients as a number. */
    long newLongId();
}

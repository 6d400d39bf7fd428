package dev.parley.application.shared.port.out;

import java.util.UUID;

/** Makes new identities, so the core never reaches for randomness itself. */
public interface IdGenerator {
    UUID newUuid();

    /** A positive id below 2^53, so it survives JavaScript clients as a number. */
    long newLongId();
}

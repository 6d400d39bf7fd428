package dev.parley.domain.identity;

/** Identity of a person in an organization. */
public record UserId(long value) {
    public UserId {
        if (value <= 0) {
            throw new IllegalArgumentException("user id must be positive");
        }
    }
}

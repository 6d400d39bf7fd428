package dev.parley.domain.identity;

/** Identity of an API token; the part before the {@code |} of the plain-text token. */
public record ApiTokenId(long value) {
    public ApiTokenId {
        if (value <= 0) {
            throw new IllegalArgumentException("token id must be positive");
        }
    }
}

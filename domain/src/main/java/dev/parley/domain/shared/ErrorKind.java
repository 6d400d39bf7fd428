package dev.parley.domain.shared;

/** The closed set of ways a business rule can refuse a request; every surface renders each one. */
public enum ErrorKind {
    INVALID,
    NOT_FOUND,
    CONFLICT,
    FORBIDDEN
}

package dev.parley.domain.shared;

/** A request the caller is authenticated for but not allowed to make. */
public final class Forbidden extends DomainException {
    public Forbidden(String code, String message) {
        super(ErrorKind.FORBIDDEN, code, message);
    }
}

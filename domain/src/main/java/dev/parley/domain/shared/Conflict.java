package dev.parley.domain.shared;

/** A request that collides with the current state of a resource. */
public final class Conflict extends DomainException {
    public Conflict(String code, String message) {
        super(ErrorKind.CONFLICT, code, message);
    }
}

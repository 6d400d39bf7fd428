package dev.parley.domain.shared;

/** A resource that does not exist in the caller's organization (or exists only in another one). */
public final class NotFound extends DomainException {
    public NotFound(String resource, Object id) {
        super(ErrorKind.NOT_FOUND, resource + ".not_found", resource + " " + id + " not found");
    }
}

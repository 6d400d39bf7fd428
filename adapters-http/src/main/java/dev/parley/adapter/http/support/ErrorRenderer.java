package dev.parley.adapter.http.support;

/** Turns a problem into one surface's error status and body. */
public interface ErrorRenderer {
    Rendered render(Problem problem);

    /** The status and JSON body to send. */
    record Rendered(int status, Object body) {
    }
}

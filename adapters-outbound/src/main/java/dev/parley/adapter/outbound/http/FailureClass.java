package dev.parley.adapter.outbound.http;

import dev.parley.domain.webhook.DeliveryError;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.impl.classic.RequestFailedException;

/** Names the error class of a failed call from the exception HttpClient raised or any exception it wraps. */
final class FailureClass {
    private FailureClass() {
    }

    static DeliveryError of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BlockedDestinationException) {
                return DeliveryError.BLOCKED_DESTINATION;
            }
            if (cause instanceof InterruptedIOException && !(cause instanceof RequestFailedException)) {
                return DeliveryError.TIMEOUT;
            }
            if (cause instanceof ConnectException) {
                return DeliveryError.CONNECTION_REFUSED;
            }
            if (cause instanceof SSLException) {
                return DeliveryError.TLS;
            }
        }
        return DeliveryError.CONNECTION_ERROR;
    }
}

package dev.parley.adapter.outbound.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.webhook.DeliveryError;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLHandshakeException;
import org.apache.hc.client5.http.ClientProtocolException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.apache.hc.client5.http.impl.classic.RequestFailedException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.junit.jupiter.api.Test;

class FailureClassTest {

    @Test
    void namesEachFailureByItsClass() {
        assertThat(FailureClass.of(new BlockedDestinationException("10.0.0.1"))).isEqualTo(DeliveryError.BLOCKED_DESTINATION);
        assertThat(FailureClass.of(new SocketTimeoutException("Read timed out"))).isEqualTo(DeliveryError.TIMEOUT);
        assertThat(FailureClass.of(new ConnectTimeoutException("Connect timed out"))).isEqualTo(DeliveryError.TIMEOUT);
        assertThat(FailureClass.of(new HttpHostConnectException("Connection refused"))).isEqualTo(DeliveryError.CONNECTION_REFUSED);
        assertThat(FailureClass.of(new ConnectException("Connection refused"))).isEqualTo(DeliveryError.CONNECTION_REFUSED);
        assertThat(FailureClass.of(new SSLHandshakeException("PKIX path building failed"))).isEqualTo(DeliveryError.TLS);
        assertThat(FailureClass.of(new UnknownHostException("nowhere.test"))).isEqualTo(DeliveryError.CONNECTION_ERROR);
        assertThat(FailureClass.of(new NoHttpResponseException("no answer"))).isEqualTo(DeliveryError.CONNECTION_ERROR);
        assertThat(FailureClass.of(new SocketException("Connection reset"))).isEqualTo(DeliveryError.CONNECTION_ERROR);
        assertThat(FailureClass.of(new RequestFailedException("Request aborted"))).isEqualTo(DeliveryError.CONNECTION_ERROR);
        assertThat(FailureClass.of(new IllegalStateException("anything else"))).isEqualTo(DeliveryError.CONNECTION_ERROR);
    }

    @Test
    void looksThroughWrappers() {
        assertThat(FailureClass.of(new ClientProtocolException("wrapped", new SSLHandshakeException("bad cert")))).isEqualTo(DeliveryError.TLS);
        assertThat(FailureClass.of(new IOException(new BlockedDestinationException("meta.test")))).isEqualTo(DeliveryError.BLOCKED_DESTINATION);
    }
}

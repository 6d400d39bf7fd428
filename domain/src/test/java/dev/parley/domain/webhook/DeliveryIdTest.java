package dev.parley.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import net.jqwik.api.Example;

class DeliveryIdTest {

    @Example
    void namesItsMessageWithoutDashesOrDotsSoStandardWebhooksSignaturesStayUnambiguous() {
        DeliveryId id = new DeliveryId(UUID.fromString("0190c3f4-7b1a-7c3e-9d2f-1234567890ab"));

        assertThat(id.messageId()).isEqualTo("msg_0190c3f47b1a7c3e9d2f1234567890ab").doesNotContain(".");
    }

    @Example
    void statusesReadBackFromTheirWireNames() {
        for (DeliveryStatus status : DeliveryStatus.values()) {
            assertThat(DeliveryStatus.fromWireName(status.wireName())).isEqualTo(status);
        }
    }
}

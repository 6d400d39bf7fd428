package dev.parley.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class WebhookSignerTest {
    private static final WebhookSecret VECTOR_SECRET = WebhookSecret.parse("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    private static final String VECTOR_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long VECTOR_TIMESTAMP = 1614265330;
    private static final byte[] VECTOR_BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);

    @Example
    void githubsDocumentedVector() {
        assertThat(WebhookSigner.xSignature256("It's a Secret to Everybody", "Hello, World!".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17");
    }

    @Example
    void standardWebhooksVectorFromItsJavaTestSuite() {
        assertThat(WebhookSigner.standardSignature(VECTOR_SECRET, VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_BODY))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Example
    void xSignatureIsKeyedWithTheFullSecretAsShown() {
        assertThat(WebhookSigner.xSignature256(VECTOR_SECRET, VECTOR_BODY))
                .isEqualTo("sha256=80ec8a89ce3cd22133a1066caecb4d04fea7467657c8514d717ec42c38a5c94c");
    }

    @Example
    void duringARotationTheHeaderCarriesTheNewSignatureThenTheOld() {
        WebhookSecret rotated = WebhookSecret.fromRandomBytes(new byte[32]);

        String header = WebhookSigner.webhookSignatureHeader(List.of(rotated, VECTOR_SECRET), VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_BODY);

        assertThat(header).isEqualTo(WebhookSigner.standardSignature(rotated, VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_BODY)
                + " v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
        assertThat(WebhookSigner.verify(header, rotated, VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_BODY)).isTrue();
        assertThat(WebhookSigner.verify(header, VECTOR_SECRET, VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_BODY)).isTrue();
        assertThatThrownBy(() -> WebhookSigner.webhookSignatureHeader(List.of(), VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_BODY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Example
    void verificationRefusesMalformedHeaders() {
        String good = WebhookSigner.standardSignature(VECTOR_SECRET, VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_BODY);

        for (String header : new String[] {null, "", " ", "v1,", "v1,!!!", "v2," + good.substring(3), good.substring(3),
                "v1a," + good.substring(3), "V1," + good.substring(3), good.substring(0, good.length() - 2)}) {
            assertThat(WebhookSigner.verify(header, VECTOR_SECRET, VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_BODY)).as(header).isFalse();
        }
        assertThat(WebhookSigner.verify("v1,bogus " + good, VECTOR_SECRET, VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_BODY)).isTrue();
    }

    @Provide
    Arbitrary<WebhookSecret> secrets() {
        return WebhookSecretTest.randomBytes().map(WebhookSecret::fromRandomBytes);
    }

    @Provide
    Arbitrary<String> webhookIds() {
        return Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(32).map(s -> "msg_" + s);
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(2048);
    }

    @Property
    void whatIsSignedVerifies(@ForAll("secrets") WebhookSecret secret, @ForAll("webhookIds") String id,
                              @ForAll @LongRange(min = 0, max = 99_999_999_999L) long timestamp, @ForAll("bodies") byte[] body) {
        String signature = WebhookSigner.standardSignature(secret, id, timestamp, body);
        String xSignature = WebhookSigner.xSignature256(secret, body);

        assertThat(signature).matches("v1,[A-Za-z0-9+/]{43}=");
        assertThat(xSignature).matches("sha256=[0-9a-f]{64}");
        assertThat(WebhookSigner.verify(signature, secret, id, timestamp, body)).isTrue();
        assertThat(WebhookSigner.verifyXSignature256(xSignature, secret, body)).isTrue();
    }

    @Property
    void anyFlippedByteOfTheBodyFailsVerification(@ForAll("secrets") WebhookSecret secret, @ForAll("webhookIds") String id,
                                                  @ForAll @LongRange(min = 0) long timestamp, @ForAll @Size(min = 1, max = 2048) byte[] body,
                                                  @ForAll @IntRange(min = 0) int anyPosition, @ForAll @IntRange(min = 1, max = 255) int flip) {
        int position = anyPosition % body.length;
        String signature = WebhookSigner.standardSignature(secret, id, timestamp, body);
        String xSignature = WebhookSigner.xSignature256(secret, body);
        byte[] tampered = body.clone();
        tampered[position] ^= (byte) flip;

        assertThat(WebhookSigner.verify(signature, secret, id, timestamp, tampered)).isFalse();
        assertThat(WebhookSigner.verifyXSignature256(xSignature, secret, tampered)).isFalse();
    }

    @Property
    void anyChangedCharacterOfTheIdFailsVerification(@ForAll("secrets") WebhookSecret secret, @ForAll("webhookIds") String id,
                                                     @ForAll @LongRange(min = 0) long timestamp, @ForAll("bodies") byte[] body,
                                                     @ForAll @IntRange(min = 0) int anyPosition, @ForAll @IntRange(min = 1, max = 127) int flip) {
        int position = anyPosition % id.length();
        char changed = (char) (id.charAt(position) ^ flip);
        String tampered = id.substring(0, position) + changed + id.substring(position + 1);
        String signature = WebhookSigner.standardSignature(secret, id, timestamp, body);

        assertThat(WebhookSigner.verify(signature, secret, tampered, timestamp, body)).isFalse();
    }

    @Property
    void anyChangedBitOfTheTimestampFailsVerification(@ForAll("secrets") WebhookSecret secret, @ForAll("webhookIds") String id,
                                                      @ForAll @LongRange(min = 0) long timestamp, @ForAll("bodies") byte[] body,
                                                      @ForAll @IntRange(min = 0, max = 62) int bit) {
        String signature = WebhookSigner.standardSignature(secret, id, timestamp, body);

        assertThat(WebhookSigner.verify(signature, secret, id, timestamp ^ (1L << bit), body)).isFalse();
    }

    @Property
    void anotherSecretFailsVerification(@ForAll("secrets") WebhookSecret secret, @ForAll("secrets") WebhookSecret other,
                                        @ForAll("webhookIds") String id, @ForAll @LongRange(min = 0) long timestamp,
                                        @ForAll("bodies") byte[] body) {
        Assume.that(!secret.equals(other));
        String signature = WebhookSigner.standardSignature(secret, id, timestamp, body);

        assertThat(WebhookSigner.verify(signature, other, id, timestamp, body)).isFalse();
        assertThat(WebhookSigner.verifyXSignature256(WebhookSigner.xSignature256(secret, body), other, body)).isFalse();
    }

    @Property
    void theStandardWebhooksLibraryVerifiesOurHeaderForEverySecretInForce(
            @ForAll("secrets") WebhookSecret current, @ForAll("secrets") WebhookSecret previous, @ForAll("webhookIds") String id,
            @ForAll @Size(max = 500) String text) throws Exception {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        Assume.that(new String(body, StandardCharsets.UTF_8).equals(text));
        long now = Instant.now().getEpochSecond();
        String header = WebhookSigner.webhookSignatureHeader(List.of(current, previous), id, now, body);
        Map<String, List<String>> headers = Map.of("webhook-id", List.of(id), "webhook-timestamp", List.of(Long.toString(now)),
                "webhook-signature", List.of(header));

        assertThatCode(() -> new Webhook(current.value()).verify(text, headers)).doesNotThrowAnyException();
        assertThatCode(() -> new Webhook(previous.value()).verify(text, headers)).doesNotThrowAnyException();
        assertThat(new Webhook(current.value()).sign(id, now, text)).isEqualTo(WebhookSigner.standardSignature(current, id, now, body));
    }

    @Property
    void theStandardWebhooksLibraryRefusesOurHeaderForAnotherBody(@ForAll("secrets") WebhookSecret secret, @ForAll("webhookIds") String id) {
        long now = Instant.now().getEpochSecond();
        String header = WebhookSigner.standardSignature(secret, id, now, VECTOR_BODY);
        Map<String, List<String>> headers = Map.of("webhook-id", List.of(id), "webhook-timestamp", List.of(Long.toString(now)),
                "webhook-signature", List.of(header));

        assertThatThrownBy(() -> new Webhook(secret.value()).verify("{\"test\": 2432232315}", headers))
                .isInstanceOf(WebhookVerificationException.class);
    }
}

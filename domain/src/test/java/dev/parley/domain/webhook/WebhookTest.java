package dev.parley.domain.webhook;

import static dev.parley.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.shared.SealedSecret;
import dev.parley.domain.shared.net.OutboundAddressPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class WebhookTest {
    private static final Instant CREATED = Instant.parse("2024-03-15T14:23:00.123456Z");
    private static final OrganizationId ORG = new OrganizationId(42);
    private static final SealedSecret FIRST = sealed(1);
    private static final SealedSecret SECOND = sealed(2);
    private static final SealedSecret THIRD = sealed(3);

    private static SealedSecret sealed(int marker) {
        return new SealedSecret(new byte[] {1, (byte) marker, 7, 7});
    }

    private static WebhookDetails details(String url, List<String> events, String description) {
        return new WebhookDetails(WebhookUrl.parse(url, OutboundAddressPolicy.publicOnly()), EventFilter.parse("events", events),
                Optional.ofNullable(description));
    }

    private static Webhook webhook() {
        return Webhook.create(new WebhookId(7), ORG, details("https://example.com/hooks", List.of("ticket.created"), "CRM"), true,
                FIRST, CREATED);
    }

    @Example
    void aNewWebhookSignsWithItsOneSecretAndHasNeverRotated() {
        Webhook webhook = webhook();

        assertThat(webhook.active()).isTrue();
        assertThat(webhook.deactivatedReason()).isEmpty();
        assertThat(webhook.secret()).isEqualTo(FIRST);
        assertThat(webhook.previousSecret()).isEmpty();
        assertThat(webhook.secretRotatedAt()).isEmpty();
        assertThat(webhook.signingSecrets(CREATED.plus(Duration.ofDays(365)))).containsExactly(FIRST);
        assertThat(webhook.createdAt()).isEqualTo(CREATED);
        assertThat(webhook.updatedAt()).isEqualTo(CREATED);
        assertThat(webhook.version()).isZero();
    }

    @Property
    void aRotatedSecretKeepsSigningBesideTheNewOneForTwentyFourHoursExactly(
            @ForAll @LongRange(min = 0, max = 3 * 86_400) long secondsAfterRotation) {
        Webhook webhook = webhook();
        Instant rotated = CREATED.plusSeconds(3600);
        webhook.rotate(SECOND, rotated);

        List<SealedSecret> signing = webhook.signingSecrets(rotated.plusSeconds(secondsAfterRotation));

        if (secondsAfterRotation < 86_400) {
            assertThat(signing).containsExactly(SECOND, FIRST);
        } else {
            assertThat(signing).containsExactly(SECOND);
        }
        assertThat(webhook.secret()).isEqualTo(SECOND);
        assertThat(webhook.previousSecret()).contains(new PreviousSecret(FIRST, rotated.plus(Duration.ofHours(24))));
        assertThat(webhook.secretRotatedAt()).contains(rotated);
        assertThat(webhook.updatedAt()).isEqualTo(rotated);
    }

    @Example
    void aSecondRotationEndsTheFirstOnesGraceAtOnce() {
        Webhook webhook = webhook();
        webhook.rotate(SECOND, CREATED.plusSeconds(10));
        webhook.rotate(THIRD, CREATED.plusSeconds(20));

        assertThat(webhook.signingSecrets(CREATED.plusSeconds(30))).containsExactly(THIRD, SECOND);
        assertThat(webhook.previousSecret().orElseThrow().validUntil()).isEqualTo(CREATED.plusSeconds(20).plus(Webhook.ROTATION_GRACE));
    }

    @Example
    void onlyAnActiveWebhookWhoseFilterMatchesSubscribesToAType() {
        Webhook webhook = webhook();

        assertThat(webhook.subscribesTo("ticket.created")).isTrue();
        assertThat(webhook.subscribesTo("ticket.updated")).isFalse();
        webhook.deactivate(CREATED.plusSeconds(1));
        assertThat(webhook.subscribesTo("ticket.created")).isFalse();
        webhook.activate(CREATED.plusSeconds(2));
        webhook.revise(details("https://example.com/hooks", List.of("*"), "CRM"), CREATED.plusSeconds(3));
        assertThat(webhook.subscribesTo("poll.closed")).isTrue();
    }

    @Example
    void thePlatformSaysWhyItSwitchedAWebhookOffAndActivatingForgetsIt() {
        Webhook webhook = webhook();

        webhook.deactivate(DeactivationReason.GONE, CREATED.plusSeconds(5));
        assertThat(webhook.active()).isFalse();
        assertThat(webhook.deactivatedReason()).contains(DeactivationReason.GONE);
        assertThat(webhook.updatedAt()).isEqualTo(CREATED.plusSeconds(5));

        webhook.deactivate(CREATED.plusSeconds(6));
        assertThat(webhook.deactivatedReason()).contains(DeactivationReason.GONE);
        assertThat(webhook.updatedAt()).isEqualTo(CREATED.plusSeconds(5));

        webhook.activate(CREATED.plusSeconds(7));
        assertThat(webhook.active()).isTrue();
        assertThat(webhook.deactivatedReason()).isEmpty();
        assertThat(webhook.updatedAt()).isEqualTo(CREATED.plusSeconds(7));
    }

    @Example
    void aCustomerSwitchingAWebhookOffGivesNoReason() {
        Webhook webhook = webhook();

        webhook.deactivate(CREATED.plusSeconds(1));

        assertThat(webhook.active()).isFalse();
        assertThat(webhook.deactivatedReason()).isEmpty();
    }

    @Example
    void changesThatChangeNothingLeaveTheUpdateTimeAlone() {
        Webhook webhook = webhook();

        webhook.revise(details("https://example.com/hooks", List.of("ticket.created"), "  CRM "), CREATED.plusSeconds(1));
        webhook.activate(CREATED.plusSeconds(2));
        assertThat(webhook.updatedAt()).isEqualTo(CREATED);

        webhook.revise(details("https://example.com/other", List.of("ticket.created"), "CRM"), CREATED.plusSeconds(3));
        assertThat(webhook.updatedAt()).isEqualTo(CREATED.plusSeconds(3));
        assertThat(webhook.details().url().value()).isEqualTo("https://example.com/other");

        webhook.revise(details("https://example.com/other", List.of("ticket.created"), null), CREATED.minusSeconds(60));
        assertThat(webhook.details().description()).isEmpty();
        assertThat(webhook.updatedAt()).isEqualTo(CREATED.plusSeconds(3));
    }

    @Example
    void anActiveWebhookCannotCarryADeactivationReason() {
        Webhook webhook = webhook();

        assertThatThrownBy(() -> Webhook.rehydrate(webhook.id(), ORG, webhook.details(), true, Optional.of(DeactivationReason.GONE),
                FIRST, Optional.empty(), Optional.empty(), CREATED, CREATED, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Example
    void aDescriptionIsStrippedEmptyMeansNoneAndItHoldsAtMostFiveHundredCharacters() {
        assertThat(details("https://example.com/", List.of("*"), "  Orders  ").description()).contains("Orders");
        assertThat(details("https://example.com/", List.of("*"), " \n ").description()).isEmpty();
        assertThat(details("https://example.com/", List.of("*"), "🎉".repeat(500)).description()).isPresent();
        assertRefused("description", () -> details("https://example.com/", List.of("*"), "x".repeat(501)));
    }

    @Example
    void sealedSecretsCompareByContentNeverLeakAndCannotBeChangedFromOutside() {
        byte[] raw = {9, 8, 7};
        SealedSecret sealed = new SealedSecret(raw);
        raw[0] = 0;
        sealed.bytes()[1] = 0;

        assertThat(sealed.bytes()).containsExactly(9, 8, 7);
        assertThat(sealed).isEqualTo(new SealedSecret(new byte[] {9, 8, 7})).hasSameHashCodeAs(new SealedSecret(new byte[] {9, 8, 7}));
        assertThat(sealed).isNotEqualTo(new SealedSecret(new byte[] {9, 8}));
        assertThat(sealed.toString()).isEqualTo("SealedSecret[3 bytes]");
        assertThatThrownBy(() -> new SealedSecret(new byte[0])).isInstanceOf(IllegalArgumentException.class);
        assertThat(DeactivationReason.fromWireName("gone")).isEqualTo(DeactivationReason.GONE);
        assertThatThrownBy(() -> new WebhookId(0)).isInstanceOf(IllegalArgumentException.class);
    }
}

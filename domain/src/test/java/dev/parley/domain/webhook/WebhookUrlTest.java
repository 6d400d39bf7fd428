package dev.parley.domain.webhook;

import static dev.parley.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.net.OutboundAddressPolicy;
import net.jqwik.api.Example;

class WebhookUrlTest {
    private static final OutboundAddressPolicy PUBLIC_ONLY = OutboundAddressPolicy.publicOnly();
    private static final OutboundAddressPolicy LOOPBACK_ALLOWED = OutboundAddressPolicy.fromSetting("127.0.0.1/32");

    @Example
    void acceptsHttpsUrlsToNamesAndPublicAddresses() {
        for (String url : new String[] {"https://example.com/hooks", "https://hooks.example.com:8443/parley?token=abc#x",
                "HTTPS://Example.COM", "https://8.8.8.8/in", "https://[2001:4860:4860::8888]:443/in", "https://a.b-c.example/" + "p".repeat(2000)}) {
            assertThat(WebhookUrl.parse(url, PUBLIC_ONLY).value()).isEqualTo(url);
        }
    }

    @Example
    void refusesAnythingButHttpsByDefault() {
        for (String url : new String[] {"http://example.com/hooks", "ftp://example.com/", "file:///etc/passwd", "gopher://example.com/",
                "javascript:alert(1)", "mailto:ops@example.com", "ws://example.com/", "http://8.8.8.8/"}) {
            assertRefusedBecause(url, PUBLIC_ONLY, "must use https");
        }
    }

    @Example
    void refusesRelativeAndMalformedUrls() {
        for (String url : new String[] {"", "example.com/hooks", "/hooks", "//example.com/hooks", "https://", "https:///path",
                "https://exa mple.com/", " https://example.com/", "https://example.com/\n", "https://ex%41mple.com/",
                "https://example.com:0/", "https://exa_mple.com/"}) {
            assertRefused("url", () -> WebhookUrl.parse(url, PUBLIC_ONLY));
        }
        assertRefused("url", () -> WebhookUrl.parse(null, PUBLIC_ONLY));
    }

    @Example
    void refusesUserInfo() {
        for (String url : new String[] {"https://user:pass@example.com/", "https://user@example.com/", "https://@example.com/",
                "https://example.com@evil.example/"}) {
            assertRefusedBecause(url, PUBLIC_ONLY, "must not contain a user name or password");
        }
    }

    @Example
    void acceptsTwoThousandFortyEightCharactersAndRefusesMore() {
        String prefix = "https://example.com/";
        String longest = prefix + "a".repeat(2048 - prefix.length());

        assertThat(WebhookUrl.parse(longest, PUBLIC_ONLY).value()).hasSize(2048);
        assertRefusedBecause(longest + "a", PUBLIC_ONLY, "must not be longer than 2048 characters");
    }

    @Example
    void refusesLiteralPrivateLoopbackLinkLocalAndMetadataAddresses() {
        for (String url : new String[] {"https://127.0.0.1/", "https://10.0.0.1/", "https://172.16.0.1/", "https://192.168.1.1/",
                "https://169.254.169.254/latest/meta-data/", "https://100.100.100.200/", "https://0.0.0.0/", "https://[::1]/",
                "https://[fd00:ec2::254]/", "https://[fe80::1]/", "https://[::ffff:127.0.0.1]/", "https://[::ffff:a9fe:a9fe]/",
                "https://[64:ff9b::a00:1]/", "https://[2002:a9fe:a9fe::1]/", "https://localhost/", "https://LOCALHOST./",
                "https://api.localhost:8080/"}) {
            assertRefusedBecause(url, PUBLIC_ONLY, "must not point at a private, loopback, link-local or metadata address");
        }
    }

    @Example
    void refusesHostsWrittenAsAmbiguousNumbers() {
        for (String url : new String[] {"https://2130706433/", "https://0x7f.0.0.1/", "https://0x7f000001/", "https://0177.0.0.1/",
                "https://127.1/", "https://127.0.0.01/", "https://10.1/", "https://[::1%25eth0]/", "https://[127.0.0.1]/"}) {
            assertRefused("url", () -> WebhookUrl.parse(url, PUBLIC_ONLY));
        }
    }

    @Example
    void anOperatorAllowedAddressMayBeReachedOverHttpOrHttps() {
        for (String url : new String[] {"http://127.0.0.1:8080/hook", "https://127.0.0.1/hook", "http://localhost:9000/",
                "http://[::ffff:127.0.0.1]:80/"}) {
            assertThat(WebhookUrl.parse(url, LOOPBACK_ALLOWED).uri().toString()).isEqualTo(url);
        }
        assertThat(WebhookUrl.parse("http://10.1.2.3/", OutboundAddressPolicy.fromSetting("10.0.0.0/8")).value()).isEqualTo("http://10.1.2.3/");
    }

    @Example
    void theAllowListDoesNotOpenHttpToOtherHosts() {
        for (String url : new String[] {"http://example.com/", "http://8.8.8.8/", "http://127.0.0.2/"}) {
            assertRefused("url", () -> WebhookUrl.parse(url, LOOPBACK_ALLOWED));
        }
        assertRefusedBecause("https://[::1]/", LOOPBACK_ALLOWED, "must not point at a private, loopback, link-local or metadata address");
    }

    @Example
    void aStoredUrlIsTakenBackAsItWas() {
        WebhookUrl url = WebhookUrl.parse("https://example.com/a?b=c", PUBLIC_ONLY);

        assertThat(WebhookUrl.rehydrate(url.value())).isEqualTo(url).hasToString("https://example.com/a?b=c");
    }

    private static void assertRefusedBecause(String url, OutboundAddressPolicy policy, String reason) {
        assertThatThrownBy(() -> WebhookUrl.parse(url, policy)).as(url).isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.field()).isEqualTo("url");
            assertThat(e.reason()).startsWith(reason);
        });
    }
}

package dev.parley.domain.shared.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class IpLiteralTest {

    @Example
    void readsDottedQuadsAndIpv6Texts() {
        assertThat(IpLiteral.parse("8.8.8.8")).get().isInstanceOf(Inet4Address.class)
                .extracting(InetAddress::getHostAddress).isEqualTo("8.8.8.8");
        assertThat(IpLiteral.parse("0.0.0.0")).map(InetAddress::getHostAddress).contains("0.0.0.0");
        assertThat(IpLiteral.parse("255.255.255.255")).map(InetAddress::getHostAddress).contains("255.255.255.255");
        assertThat(IpLiteral.parse("2001:4860:4860::8888")).get().isInstanceOf(Inet6Address.class);
        assertThat(IpLiteral.parse("::1")).map(InetAddress::isLoopbackAddress).contains(true);
        assertThat(IpLiteral.parse("::ffff:127.0.0.1")).map(InetAddress::getHostAddress).contains("127.0.0.1");
    }

    @Example
    void ambiguousNumericFormsAndNamesAreNotLiterals() {
        for (String notLiteral : new String[] {null, "", "localhost", "example.com", "127.1", "2130706433", "0x7f.0.0.1",
                "0x7f000001", "0177.0.0.1", "127.000.000.001", "01.2.3.4", "256.1.1.1", "1.2.3", "1.2.3.4.5", " 1.2.3.4",
                "1.2.3.4 ", "[::1]", "::1%eth0", "fe80::1%1", ":::", "1::2::3", "g::1", ".::1", "١.٢.٣.٤"}) {
            assertThat(IpLiteral.parse(notLiteral)).as("parse(%s)", notLiteral).isEmpty();
        }
    }

    @Property
    void everyDottedQuadReadsBackAsItsOctets(@ForAll @IntRange(max = 255) int a, @ForAll @IntRange(max = 255) int b,
                                             @ForAll @IntRange(max = 255) int c, @ForAll @IntRange(max = 255) int d) {
        String text = a + "." + b + "." + c + "." + d;

        assertThat(IpLiteral.parse(text)).map(InetAddress::getHostAddress).contains(text);
    }
}

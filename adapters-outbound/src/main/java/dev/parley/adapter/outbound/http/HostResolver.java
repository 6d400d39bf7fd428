package dev.parley.adapter.outbound.http;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Looks a host name up; the system resolver in production, a fixed table in tests. */
@FunctionalInterface
interface HostResolver {
    HostResolver SYSTEM = InetAddress::getAllByName;

    InetAddress[] resolve(String host) throws UnknownHostException;
}

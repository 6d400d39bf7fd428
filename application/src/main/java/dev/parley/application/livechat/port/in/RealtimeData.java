package dev.parley.application.livechat.port.in;

/** Viewers connected now and messages stored. */
public record RealtimeData(long clientsCount, long totalMessages) {
}

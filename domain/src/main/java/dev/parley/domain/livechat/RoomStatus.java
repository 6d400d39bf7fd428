package dev.parley.domain.livechat;

/** Whether everyone may post ({@code open}) or only moderators ({@code close}). */
public enum RoomStatus {
    OPEN("open"),
    CLOSE("close");

    private final String wireName;

    RoomStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}

package dev.parley.domain.livechat;

/** A poll's life: written, then open for answers, then closed with its result. */
public enum PollState {
    CREATED,
    OPEN,
    CLOSED
}

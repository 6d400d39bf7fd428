package dev.parley.application.fake;

import dev.parley.application.webhook.port.out.JitterSource;

/** Draws whatever the test set last (a half, the middle of the range, until told otherwise). */
public final class FixedJitter implements JitterSource {
    private volatile double next = 0.5;

    public void set(double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("a jitter draw lies in [0, 1]");
        }
        next = value;
    }

    @Override
    public double next() {
        return next;
    }
}

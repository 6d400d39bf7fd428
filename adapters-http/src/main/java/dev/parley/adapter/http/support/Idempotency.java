package dev.parley.adapter.http.support;

import dev.parley.application.shared.port.out.IdempotencyRecords;
import dev.parley.application.shared.port.out.IdempotencyRecords.StoredResponse;
import dev.parley.application.shared.port.out.SecretCipher;
import dev.parley.application.shared.port.out.Transactions;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Makes a creating POST safe to retry: with an {@code Idempotency-Key}, the first successful response is stored in
 * the same transaction as the change and replayed for 24 h; the same key with another body is a conflict.
 */
public final class Idempotency {
    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 255;
    private static final String SEALED = "sealed:";

    private final IdempotencyRecords records;
    private final Transactions tx;
    private final Clock clock;
    private final Optional<SecretCipher> sealer;

    public Idempotency(IdempotencyRecords records, Transactions tx, Clock clock) {
        this(records, tx, clock, Optional.empty());
    }

    private Idempotency(IdempotencyRecords records, Transactions tx, Clock clock, Optional<SecretCipher> sealer) {
        this.records = records;
        this.tx = tx;
        this.clock = clock;
        this.sealer = sealer;
    }

    /** The same, for answers that show a secret: the stored copy is sealed with {@code cipher}, so none rests in clear. */
    public Idempotency sealingWith(SecretCipher cipher) {
        return new Idempotency(records, tx, clock, Optional.of(cipher));
    }

    public Handler wrap(Handler handler) {
        return ctx -> {
            String key = ctx.header(HEADER);
            if (key == null) {
                handler.handle(ctx);
                return;
            }
            if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
                throw new HttpFailure(Problem.of(ProblemKind.INVALID, "Idempotency-Key must be 1-255 characters.").withField(HEADER));
            }
            runOnce(ctx, handler, key);
        };
    }

    private void runOnce(Context ctx, Handler handler, String key) {
        String scope = ctx.method() + " " + ctx.path();
        String fingerprint = fingerprint(ctx);
        var org = CallerContext.caller(ctx).organizationId();
        tx.run(() -> {
            Optional<StoredResponse> stored = records.reserve(org, scope, key, fingerprint, clock.instant());
            if (stored.isPresent()) {
                replay(ctx, stored.get(), fingerprint);
                return;
            }
            try {
                handler.handle(ctx);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            records.complete(org, scope, key, new StoredResponse(fingerprint, ctx.statusCode(), kept(ctx.attribute(Responses.BODY_KEY))));
        });
    }

    private String kept(String body) {
        return sealer.map(cipher -> SEALED + Base64.getEncoder().encodeToString(cipher.seal(body))).orElse(body);
    }

    private String opened(String kept) {
        if (!kept.startsWith(SEALED)) {
            return kept;
        }
        SecretCipher cipher = sealer.orElseThrow(() -> new IllegalStateException("a sealed response needs the cipher to replay"));
        return cipher.open(Base64.getDecoder().decode(kept.substring(SEALED.length())));
    }

    private void replay(Context ctx, StoredResponse stored, String fingerprint) {
        if (!stored.requestHash().equals(fingerprint)) {
            throw HttpFailure.of(ProblemKind.CONFLICT, "This Idempotency-Key was already used with a different request body.");
        }
        if (stored.body() == null) {
            throw HttpFailure.of(ProblemKind.CONFLICT, "A request with this Idempotency-Key is still being processed.");
        }
        ctx.header("Idempotent-Replayed", "true");
        Responses.raw(ctx, stored.status(), opened(stored.body()));
    }

    private static String fingerprint(Context ctx) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(ctx.bodyAsBytes());
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

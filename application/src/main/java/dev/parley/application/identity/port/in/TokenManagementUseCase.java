package dev.parley.application.identity.port.in;

import dev.parley.domain.identity.ApiToken;
import dev.parley.domain.identity.ApiTokenId;
import java.util.List;

/** Lists and revokes an organization's tokens. */
public interface TokenManagementUseCase {
    List<ApiToken> list(Caller caller);

    void revoke(Caller caller, ApiTokenId id);

    /** The token the caller is using right now. */
    ApiToken current(Caller caller);
}

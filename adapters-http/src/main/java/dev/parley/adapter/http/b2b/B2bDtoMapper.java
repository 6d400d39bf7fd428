package dev.parley.adapter.http.b2b;

import dev.parley.adapter.http.b2b.dto.TokenResponse;
import dev.parley.adapter.http.b2b.dto.UserResponse;
import dev.parley.adapter.http.support.Timestamps;
import dev.parley.domain.identity.Abilities;
import dev.parley.domain.identity.ApiToken;
import dev.parley.domain.identity.ApiTokenId;
import dev.parley.domain.identity.Role;
import dev.parley.domain.identity.User;
import dev.parley.domain.identity.UserId;
import dev.parley.domain.shared.EmailAddress;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.shared.TimeZoneName;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mapstruct.Mapper;
import org.mapstruct.factory.Mappers;

/** Maps identity objects to the b2b surface's snake_case, integer-id shapes. */
@Mapper
public interface B2bDtoMapper {
    B2bDtoMapper INSTANCE = Mappers.getMapper(B2bDtoMapper.class);

    UserResponse toUser(User user);

    default TokenResponse toToken(ApiToken token) {
        return toToken(token, null);
    }

    default TokenResponse toToken(ApiToken token, String plainText) {
        return new TokenResponse(token.id().value(), token.name(), abilities(token.abilities()),
                token.userId().map(UserId::value).orElse(null), time(token.createdAt()),
                optionalTime(token.expiresAt()), optionalTime(token.lastUsedAt()), plainText);
    }

    default long userId(UserId id) {
        return id.value();
    }

    default long organizationId(OrganizationId id) {
        return id.value();
    }

    default long tokenId(ApiTokenId id) {
        return id.value();
    }

    default String email(EmailAddress email) {
        return email.value();
    }

    default String timeZone(TimeZoneName zone) {
        return zone.value();
    }

    default String role(Role role) {
        return role.wireName();
    }

    default List<String> abilities(Abilities abilities) {
        return abilities.wireNames();
    }

    default String time(Instant instant) {
        return Timestamps.micros(instant);
    }

    default String optionalTime(Optional<Instant> instant) {
        return instant.map(Timestamps::micros).orElse(null);
    }
}

package dev.parley.adapter.http;

import dev.parley.application.export.port.in.ExportUseCase;
import dev.parley.application.helpdesk.port.in.OpenTicketUseCase;
import dev.parley.application.helpdesk.port.in.PostAgentMessageUseCase;
import dev.parley.application.helpdesk.port.in.TicketQueries;
import dev.parley.application.helpdesk.port.in.UpdateTicketUseCase;
import dev.parley.application.identity.port.in.AuthenticateUseCase;
import dev.parley.application.identity.port.in.CurrentUserQueries;
import dev.parley.application.identity.port.in.IssueTokenUseCase;
import dev.parley.application.identity.port.in.OrganizationQueries;
import dev.parley.application.identity.port.in.SignInUseCase;
import dev.parley.application.identity.port.in.ThrottleUseCase;
import dev.parley.application.identity.port.in.TokenManagementUseCase;
import dev.parley.application.identity.port.in.UserSettingsUseCase;
import dev.parley.application.livechat.port.in.ChatUseCase;
import dev.parley.application.livechat.port.in.PollUseCase;
import dev.parley.application.livechat.port.in.RoomQueries;
import dev.parley.application.livechat.port.in.RoomUseCase;
import dev.parley.application.shared.port.out.IdempotencyRecords;
import dev.parley.application.shared.port.out.Transactions;
import java.time.Clock;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * Everything the HTTP layer calls into, handed over by the wiring. {@code databaseUnavailable} tells a failure to reach
 * the database (answered 503) from any other unexpected failure (500).
 */
public record HttpDependencies(
        AuthenticateUseCase authenticate,
        ThrottleUseCase throttle,
        SignInUseCase signIn,
        CurrentUserQueries currentUser,
        UserSettingsUseCase userSettings,
        OrganizationQueries organizations,
        IssueTokenUseCase issueToken,
        TokenManagementUseCase tokenManagement,
        TicketQueries ticketQueries,
        OpenTicketUseCase openTicket,
        UpdateTicketUseCase updateTicket,
        PostAgentMessageUseCase postAgentMessage,
        RoomUseCase rooms,
        RoomQueries roomQueries,
        ChatUseCase chat,
        PollUseCase polls,
        LearningPorts learning,
        IdempotencyRecords idempotencyRecords,
        Transactions transactions,
        Clock clock,
        BooleanSupplier databaseReachable,
        Predicate<Throwable> databaseUnavailable,
        IntegrationPorts integrations,
        ExportUseCase exports) {
}

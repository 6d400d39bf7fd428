package dev.parley.bootstrap;

import dev.parley.application.identity.port.in.AdministrationUseCase;
import dev.parley.application.identity.port.in.IssueTokenUseCase;
import dev.parley.application.identity.port.in.IssueTokenUseCase.IssueTokenCommand;
import dev.parley.domain.identity.Abilities;
import dev.parley.domain.identity.Organization;
import java.io.PrintStream;
import java.util.Optional;

/** On an empty database, creates a first organization and prints one admin token, so a new install is usable. */
final class FirstRun {
    static final String SLUG = "default";

    private final AdministrationUseCase administration;
    private final IssueTokenUseCase tokens;

    FirstRun(AdministrationUseCase administration, IssueTokenUseCase tokens) {
        this.administration = administration;
        this.tokens = tokens;
    }

    void ensureOrganization(PrintStream out) {
        if (administration.anyOrganizationExists()) {
            return;
        }
        Organization organization = administration.createOrganization(SLUG, "Default organization");
        String token = tokens.issueAsOperator(organization.id(),
                new IssueTokenCommand("first-run admin", Abilities.everything(), Optional.empty(), Optional.empty()))
                .plainText().wireForm();
        out.println("Created organization '" + SLUG + "'. Admin API token (shown once): " + token);
    }
}

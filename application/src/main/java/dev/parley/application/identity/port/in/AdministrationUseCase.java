package dev.parley.application.identity.port.in;

import dev.parley.domain.identity.Organization;
import dev.parley.domain.identity.Role;
import dev.parley.domain.identity.User;
import java.util.Optional;

/** The operator's tasks from the command line: organizations and their people. */
public interface AdministrationUseCase {
    Organization createOrganization(String slug, String name);

    User createUser(String organizationSlug, String email, String name, Role role, Optional<String> password);

    Organization organizationBySlug(String slug);

    User userByEmail(String organizationSlug, String email);

    boolean anyOrganizationExists();
}

package dev.parley.bootstrap.support;

/** Creates people and their tokens for the progress tests. */
public final class Learners {
    /** The abilities sign-in gives a learner. */
    public static final String LEARNER_ABILITIES = "courses:read,progress:read,progress:write";

    private final RunningParley parley;

    public Learners(RunningParley parley) {
        this.parley = parley;
    }

    /** A person of the organization with a token of theirs; {@code abilities} as a sign-in of their role would give. */
    public Person create(String org, String email, String name, String role, String abilities) {
        long id = Long.parseLong(parley.cli("users", "create", "--org", org, "--email", email, "--name", name, "--role", role).getFirst());
        return new Person(id, parley.userToken(org, email, abilities));
    }

    public Person learner(String org, String email, String name) {
        return create(org, email, name, "learner", LEARNER_ABILITIES);
    }

    /** A person's user id and a token of theirs. */
    public record Person(long id, String token) {
    }
}

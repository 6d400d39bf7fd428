package dev.parley.domain.livechat;

import dev.parley.domain.shared.Text;
import java.util.Optional;

/** Who posts a message: the viewer's id in the customer's system, a display name, and whether they moderate. */
public record Sender(String userId, Optional<String> username, boolean moderator) {
    public static final int MAX_USER_ID = 200;
    public static final int MAX_USERNAME = 100;

    public Sender {
        userId = Text.requireLine("userid", userId, MAX_USER_ID);
        username = username.map(name -> Text.requireLine("username", name, MAX_USERNAME));
    }
}

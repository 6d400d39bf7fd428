package dev.parley.adapter.http.support;

/** The public API families Parley speaks, chosen by path prefix; each has its own error dialect. */
public enum Surface {
    HELPDESK,
    LIVECHAT,
    B2B,
    WEB;

    public static Surface of(String path) {
        if (path.startsWith("/v1/tickets")) {
            return HELPDESK;
        }
        if (path.startsWith("/v1/rooms")) {
            return LIVECHAT;
        }
        if (path.equals("/api") || path.startsWith("/api/")) {
            return B2B;
        }
        return WEB;
    }

    /** Whether requests here are API calls subject to per-token or per-address rate limits. */
    public boolean isApi() {
        return this != WEB;
    }
}

package dev.simplexbot.net;

/**
 * Why a fetch failed, with the name of the error the script sees: {@code PermissionDenied} (refused by the grants;
 * nothing was sent), {@code TypeError} (a network error or a bad request, as on the web), {@code TimeoutError}
 * ({@code --fetch-timeout}), {@code LimitError} (a cap was exceeded) or {@code AbortError} (cancelled).
 */
public final class FetchException extends RuntimeException {
    private final String errorName;

    public FetchException(String errorName, String message) {
        super(message);
        this.errorName = errorName;
    }

    public FetchException(String errorName, String message, Throwable cause) {
        super(message, cause);
        this.errorName = errorName;
    }

    public String errorName() {
        return errorName;
    }

    static FetchException permissionDenied(String message) {
        return new FetchException("PermissionDenied", message);
    }

    static FetchException typeError(String message) {
        return new FetchException("TypeError", message);
    }
}

package dev.simplexbot.http;

/** What {@code GET /health} answers: 200 with the JSON while healthy, else 503 with it. */
public interface HealthCheck {
    boolean healthy();

    String json();
}

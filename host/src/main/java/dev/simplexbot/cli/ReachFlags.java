package dev.simplexbot.cli;

import dev.simplexbot.http.HttpAddress;
import dev.simplexbot.http.WebhookLimits;
import dev.simplexbot.script.ReachOptions;

/**
 * The validated reach flags of {@code run} and {@code dev}.
 *
 * @param reach    what scripts may fetch and read from the environment
 * @param http     where the HTTP server listens; {@code null}: no server
 * @param webhooks caps on webhook requests
 */
public record ReachFlags(ReachOptions reach, HttpAddress http, WebhookLimits webhooks) {}

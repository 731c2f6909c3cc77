package dev.simplexbot.npm;

import java.util.Set;

/**
 * Node's built-in modules, which bots do not have: the host gives scripts no files, network, processes or
 * threads, so {@code fs}, {@code net}, {@code child_process} and the rest cannot exist in the sandbox. The list is
 * {@code require('module').builtinModules} of Node 20 and 22; any {@code node:} specifier counts as built-in too.
 */
final class NodeBuiltins {
    private static final Set<String> NAMES = Set.of("_http_agent", "_http_client", "_http_common", "_http_incoming",
            "_http_outgoing", "_http_server", "_stream_duplex", "_stream_passthrough", "_stream_readable",
            "_stream_transform", "_stream_wrap", "_stream_writable", "_tls_common", "_tls_wrap", "assert",
            "assert/strict", "async_hooks", "buffer", "child_process", "cluster", "console", "constants", "crypto",
            "dgram", "diagnostics_channel", "dns", "dns/promises", "domain", "events", "fs", "fs/promises", "http",
            "http2", "https", "inspector", "inspector/promises", "module", "net", "os", "path", "path/posix",
            "path/win32", "perf_hooks", "process", "punycode", "querystring", "readline", "readline/promises", "repl",
            "stream", "stream/consumers", "stream/promises", "stream/web", "string_decoder", "sys", "timers",
            "timers/promises", "tls", "trace_events", "tty", "url", "util", "util/types", "v8", "vm", "wasi",
            "worker_threads", "zlib");

    private NodeBuiltins() {}

    static boolean isBuiltin(String specifier) {
        return specifier.startsWith("node:") || NAMES.contains(specifier);
    }
}

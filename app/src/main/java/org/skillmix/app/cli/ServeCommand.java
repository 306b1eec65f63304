package org.skillmix.app.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.skillmix.app.web.SkillmixWebApplication;
import org.skillmix.app.web.database.EmbeddedDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `skillmix serve`: the web application on localhost. Spring starts only here, so every other command
 * stays as quick as it was.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Start the web application (pages and REST API) on this computer.")
final class ServeCommand extends Subcommand {

    @Option(
            names = "--port",
            defaultValue = "8080",
            description = "HTTP port (default: ${DEFAULT-VALUE}; 0 for any free port)")
    int port;

    @Option(
            names = "--address",
            defaultValue = "127.0.0.1",
            description = "address to listen on (default: ${DEFAULT-VALUE}, this computer only)")
    String address;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "where the embedded database keeps its data (default: ~/.skillmix)")
    Path dataDir;

    @Option(
            names = "--jdbc-url",
            description = "use this PostgreSQL server instead of the embedded one (or set SKILLMIX_JDBC_URL)")
    String jdbcUrl;

    @Option(names = "--db-user", description = "user for --jdbc-url (or SKILLMIX_DB_USER)")
    String dbUser;

    @Option(names = "--db-password", description = "password for --jdbc-url (or SKILLMIX_DB_PASSWORD)")
    String dbPassword;

    @Option(names = "--no-example", description = "do not import the shipped example system on a first start")
    boolean noExample;

    @Option(
            names = "--published-data",
            paramLabel = "DIR",
            description = "folder of published national files the web's import and discharge study read")
    Path publishedData;

    @Override
    public Integer call() throws Exception {
        Map<String, Object> props = new HashMap<>();
        props.put("server.port", port);
        props.put("server.address", address);
        if (noExample) props.put("skillmix.example.import", false);
        if (publishedData != null) props.put("skillmix.published-data", publishedData.toAbsolutePath());
        String url = firstOf(jdbcUrl, System.getenv("SKILLMIX_JDBC_URL"));
        EmbeddedDatabase embedded = null;
        if (url != null) {
            props.put("spring.datasource.url", url);
            putIfSet(props, "spring.datasource.username", firstOf(dbUser, System.getenv("SKILLMIX_DB_USER")));
            putIfSet(props, "spring.datasource.password", firstOf(dbPassword, System.getenv("SKILLMIX_DB_PASSWORD")));
            err().println("Using the PostgreSQL server at " + url);
        } else {
            Path dir = dataDir != null ? dataDir : Path.of(System.getProperty("user.home"), ".skillmix");
            err().println("Starting the embedded PostgreSQL server (data in " + dir.resolve("pgdata") + ") ...");
            embedded = EmbeddedDatabase.start(dir.toAbsolutePath());
            props.put("spring.datasource.url", embedded.jdbcUrl());
            props.put("spring.datasource.username", embedded.user());
            props.put("spring.datasource.password", embedded.password());
        }
        var context = SkillmixWebApplication.start(props);
        String shownAddress = address.equals("0.0.0.0") ? "localhost" : address;
        int actualPort =
                Integer.parseInt(context.getEnvironment().getProperty("local.server.port", String.valueOf(port)));
        out().printf("Skillmix is running at http://%s:%d/ (Ctrl+C to stop).%n", shownAddress, actualPort);
        out().println("Sign in with the account printed on its first start; the API is described at /v3/api-docs.");
        out().flush();
        CountDownLatch stopped = new CountDownLatch(1);
        EmbeddedDatabase database = embedded;
        context.addApplicationListener(event -> {
            if (event instanceof org.springframework.context.event.ContextClosedEvent) stopped.countDown();
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            context.close();
            if (database != null) {
                try {
                    database.close();
                } catch (Exception ignored) {
                    // the process is ending; PostgreSQL recovers from its journal on the next start
                }
            }
        }));
        stopped.await();
        return 0;
    }

    private static String firstOf(String option, String env) {
        if (option != null && !option.isBlank()) return option;
        return env != null && !env.isBlank() ? env : null;
    }

    private static void putIfSet(Map<String, Object> props, String key, String value) {
        if (value != null) props.put(key, value);
    }
}

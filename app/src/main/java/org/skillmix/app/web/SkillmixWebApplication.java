package org.skillmix.app.web;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The web application behind {@code skillmix serve}: pages, REST API, storage and background runs. */
@SpringBootApplication
public class SkillmixWebApplication {

    /**
     * Starts the application. The properties are passed as command-line arguments so that they win over
     * application.properties (default properties would lose to it).
     */
    public static ConfigurableApplicationContext start(Map<String, Object> properties) {
        String[] args = properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        SpringApplication app = new SpringApplication(SkillmixWebApplication.class);
        return app.run(args);
    }
}

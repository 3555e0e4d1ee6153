package org.backpainkb.examples.spring;

import org.backpainkb.Assessor;
import org.backpainkb.KnowledgeBase;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A service that assesses cases posted to it, on the library's bundled rules. */
@SpringBootApplication
public class SpringServiceApplication {

    /**
     * The knowledge base, loaded once and shared by every request (it is thread-safe). An
     * {@link Assessor}, so a {@code ReloadingKnowledgeBase} could take its place.
     *
     * @return the bundled rules
     */
    @Bean
    Assessor assessor() {
        return KnowledgeBase.bundled();
    }

    /**
     * Starts the service.
     *
     * @param args Spring Boot's arguments
     */
    public static void main(String[] args) {
        SpringApplication.run(SpringServiceApplication.class, args);
    }
}

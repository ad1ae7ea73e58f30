package org.advisorydesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The Ratification Advisory Desk: one application, the Camunda 7 engine embedded. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class AdvisoryDeskApplication {

    public static void main(String[] args) {
        SpringApplication.run(AdvisoryDeskApplication.class, args);
    }
}

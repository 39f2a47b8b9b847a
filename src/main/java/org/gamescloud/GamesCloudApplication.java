package org.gamescloud;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** games-cloud: the software that runs a multi-sport Games. One deployable application of modules. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(systemName = "games-cloud", sharedModules = "platform")
public class GamesCloudApplication {

    public static void main(String[] args) {
        SpringApplication.run(GamesCloudApplication.class, args);
    }
}

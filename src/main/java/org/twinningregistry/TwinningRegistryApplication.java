package org.twinningregistry;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;
import org.twinningregistry.shared.PublicUrlSettings;

@SpringBootApplication
@Modulithic(sharedModules = "shared")
@EnableConfigurationProperties(PublicUrlSettings.class)
public class TwinningRegistryApplication {

	public static void main(String[] args) {
		SpringApplication.run(TwinningRegistryApplication.class, args);
	}

	/** The clock every "today" is read from, so that tests can fix it. */
	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

}

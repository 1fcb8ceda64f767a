package org.twinningregistry;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class TwinningRegistryApplication {

	public static void main(String[] args) {
		SpringApplication.run(TwinningRegistryApplication.class, args);
	}

}

package org.twinningregistry.document;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The documents' settings.
 *
 * @param maxSize the largest file accepted (default 25 MB); a larger one is refused with
 * 413 and nothing is stored. The multipart limits ({@code spring.servlet.multipart.*},
 * 100 MB) stay a hard ceiling above it
 */
@ConfigurationProperties("registry.document")
public record DocumentSettings(@DefaultValue("25MB") DataSize maxSize) {

	public DocumentSettings {
		if (maxSize.toBytes() <= 0) {
			throw new IllegalArgumentException("registry.document.max-size must be more than zero: " + maxSize);
		}
	}

	/** The limit in whole megabytes (at least 1), for messages. */
	public long megabytes() {
		return Math.max(1, this.maxSize.toMegabytes());
	}

}

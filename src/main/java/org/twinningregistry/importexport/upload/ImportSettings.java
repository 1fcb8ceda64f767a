package org.twinningregistry.importexport.upload;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The limits an uploaded import must keep, so that a hostile or mistaken file is refused
 * before it costs much memory or time.
 *
 * @param maxSize the largest upload accepted, a ZIP or a workbook
 * ({@code registry.import.max-size}, default 50MB)
 * @param maxUnpackedSize the largest a single part of a workbook may unpack to, and the
 * files of a data package together ({@code registry.import.max-unpacked-size}, default
 * 512MB): a package's files are unpacked to a temporary folder, counted as they are
 * written
 * @param maxRows the most rows a workbook's sheet may hold: a workbook is read whole
 * ({@code registry.import.max-rows}, default 100000)
 * @param maxEngagementRows the most rows a data package's {@code engagements.csv} may
 * hold: it is read as a stream, but the ids seen are kept to find duplicates, about 100
 * bytes a row ({@code registry.import.max-engagement-rows}, default 2000000, about 200 MB
 * of heap)
 * @param maxReportedIssues the most errors, and the most warnings, an import's report
 * lists; the others are only counted ({@code registry.import.max-reported-issues},
 * default 1000)
 * @param maxReportedPairs the most rows a pairs list's report lists; its counts are of
 * every row ({@code registry.import.max-reported-pairs}, default 1000)
 */
@ConfigurationProperties("registry.import")
public record ImportSettings(@DefaultValue("50MB") DataSize maxSize, @DefaultValue("512MB") DataSize maxUnpackedSize,
		@DefaultValue("100000") int maxRows, @DefaultValue("2000000") long maxEngagementRows,
		@DefaultValue("1000") int maxReportedIssues, @DefaultValue("1000") int maxReportedPairs) {

	public ImportSettings {
		if (maxSize.toBytes() <= 0 || maxUnpackedSize.toBytes() <= 0 || maxRows <= 0 || maxEngagementRows <= 0
				|| maxReportedIssues <= 0 || maxReportedPairs <= 0) {
			throw new IllegalArgumentException("registry.import limits must be positive");
		}
	}

	/** The defaults. */
	public static ImportSettings defaults() {
		return new ImportSettings(DataSize.ofMegabytes(50), DataSize.ofMegabytes(512), 100_000, 2_000_000, 1000, 1000);
	}

	/** These settings, but for the largest size a package's files may unpack to. */
	public ImportSettings withMaxUnpackedSize(DataSize size) {
		return new ImportSettings(this.maxSize, size, this.maxRows, this.maxEngagementRows, this.maxReportedIssues,
				this.maxReportedPairs);
	}

	/**
	 * Refuses an upload of the given size if it is larger than {@link #maxSize()}.
	 * @throws ImportTooLargeException if it is
	 */
	public void checkSize(long bytes) {
		if (bytes > this.maxSize.toBytes()) {
			throw tooLarge();
		}
	}

	/**
	 * The stream, which fails with {@link ImportTooLargeException} as soon as more than
	 * {@link #maxSize()} bytes have been read from it.
	 */
	public InputStream limit(InputStream in) {
		long max = this.maxSize.toBytes();
		return new FilterInputStream(in) {

			private long read;

			@Override
			public int read() throws IOException {
				int b = super.read();
				count((b < 0) ? 0 : 1);
				return b;
			}

			@Override
			public int read(byte[] bytes, int offset, int length) throws IOException {
				int n = super.read(bytes, offset, length);
				count(Math.max(n, 0));
				return n;
			}

			private void count(int n) {
				this.read += n;
				if (this.read > max) {
					throw tooLarge();
				}
			}

		};
	}

	private ImportTooLargeException tooLarge() {
		return new ImportTooLargeException("import.too-large", megabytes(this.maxSize));
	}

	/**
	 * A limit in megabytes, to two places: a limit under 1 MB (in tests, say) shows as
	 * such.
	 */
	static BigDecimal megabytes(DataSize size) {
		return BigDecimal.valueOf(size.toBytes())
			.divide(BigDecimal.valueOf(1024 * 1024), 2, RoundingMode.HALF_UP)
			.stripTrailingZeros();
	}

}

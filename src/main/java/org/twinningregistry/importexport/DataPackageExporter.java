package org.twinningregistry.importexport;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.twinningregistry.importexport.zip.DataPackageZipExport;

/**
 * Exports the whole registry as a data package ZIP, the format
 * {@link DataPackageImporter} reads: importing it into an empty registry and exporting
 * again gives the same CSV files. Reading is public, like every read of the registry.
 */
@Service
public class DataPackageExporter {

	private final DataPackageZipExport zip;

	private final Clock clock;

	DataPackageExporter(DataPackageZipExport zip, ObjectProvider<Clock> clock) {
		this.zip = zip;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * Writes the ZIP to the stream, which stays open.
	 * @param registryUrl the address of this registry, named in {@code datapackage.json},
	 * if known
	 */
	public void exportZip(OutputStream out, @Nullable String registryUrl) throws IOException {
		this.zip.write(out, this.clock.instant(), registryUrl);
	}

}

package org.twinningregistry.importexport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Small data packages for the import and export tests. */
public final class DataPackageFixtures {

	/** Children before parents, to show that the importer orders them. */
	public static final String GOVERNMENTS = """
			id,name,name_fr,name_local,country,subdivision,level,parent,population,latitude,longitude
			CA-BC-burnaby,Burnaby,,,CA,CA-BC,LOCAL,CA-BC,249125,49.26636,-122.95263
			CA-BC,British Columbia,Colombie-Britannique,,CA,CA-BC,REGIONAL,,,,
			KR-41-hwaseong,Hwaseong,,화성시,KR,KR-41,LOCAL,KR-41,640890,37.20682,126.8169
			KR-41,Gyeonggi-do,,경기도,KR,KR-41,REGIONAL,,,,
			""";

	public static final String AGREEMENTS = """
			id,party_a,party_b,type,signed,source
			burnaby-hwaseong,CA-BC-burnaby,KR-41-hwaseong,SISTER,2010,https://example.org/burnaby
			bc-gyeonggi,CA-BC,KR-41,SISTER,2008-05-19,https://example.org/bc
			""";

	public static final String ENGAGEMENTS = """
			id,agreement,year,date,category,origin,form,title
			e-1,burnaby-hwaseong,2012,2012-10,ADMINISTRATIVE,CA-BC-burnaby,DELEGATION,Mayor's delegation to Hwaseong
			e-2,bc-gyeonggi,2018,,CULTURE,BOTH,EVENT,Anniversary concert
			""";

	private DataPackageFixtures() {
	}

	/** The three files above. */
	public static Map<String, String> goodPackage() {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("governments.csv", GOVERNMENTS);
		files.put("agreements.csv", AGREEMENTS);
		files.put("engagements.csv", ENGAGEMENTS);
		return files;
	}

	/** The good package with one file replaced. */
	public static Map<String, String> goodPackageWith(String file, String content) {
		Map<String, String> files = goodPackage();
		files.put(file, content);
		return files;
	}

	public static byte[] zip(Map<String, String> files) {
		Map<String, byte[]> bytes = new LinkedHashMap<>();
		files.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
		return zipBytes(bytes);
	}

	public static byte[] zipBytes(Map<String, byte[]> files) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				zip.putNextEntry(new ZipEntry(file.getKey()));
				zip.write(file.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	public static Map<String, byte[]> unzip(byte[] zip) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), in.readAllBytes());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return files;
	}

	/**
	 * A ZIP of one file, written a line at a time until it holds at least the given
	 * number of bytes: a large file that packs small (the same line again and again).
	 */
	public static byte[] zipOfRepeatedLines(String file, String header, String line, long bytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] row = line.getBytes(StandardCharsets.UTF_8);
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry(file));
			zip.write(header.getBytes(StandardCharsets.UTF_8));
			for (long written = header.length(); written < bytes; written += row.length) {
				zip.write(row);
			}
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** The temporary folders imports unpack into that exist now. */
	public static Set<Path> importFolders() {
		try (Stream<Path> paths = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return paths.filter(path -> path.getFileName().toString().startsWith("registry-import-"))
				.collect(Collectors.toSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

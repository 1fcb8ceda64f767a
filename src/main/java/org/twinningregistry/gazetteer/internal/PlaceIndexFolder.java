package org.twinningregistry.gazetteer.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.ClassPathResource;
import org.springframework.util.FileSystemUtils;
import org.twinningregistry.gazetteer.Place;
import org.twinningregistry.gazetteer.domain.GazetteerBuild;

/**
 * The gazetteer's folder ({@code registry.gazetteer.folder}) and the index in it: the one
 * loaded from GeoNames' dumps ({@code loaded/}) if there is one, else the one built from
 * the shipped files ({@code shipped-<stamp>/}, the stamp changing with them), built on
 * first use, under a file lock so that processes starting together build it once. Each
 * folder's index is opened once per JVM and shared by every application context.
 */
public final class PlaceIndexFolder {

	private static final Logger log = LoggerFactory.getLogger(PlaceIndexFolder.class);

	/** Changes when the build's logic changes, so that older indexes are built again. */
	static final String BUILD_VERSION = "8";

	static final String LOADED = "loaded";

	private static final Map<Path, PlaceSearch> OPEN = new ConcurrentHashMap<>();

	private PlaceIndexFolder() {
	}

	/** The index of the folder, built from the shipped files first if there is none. */
	public static PlaceSearch open(Path folder, GazetteerBuild build) {
		Path root = folder.toAbsolutePath().normalize();
		return OPEN.computeIfAbsent(root, r -> new PlaceSearch(current(r, build)));
	}

	/**
	 * Builds the folder's index from GeoNames' dump files (replacing any loaded before);
	 * the registry uses it from its next start.
	 * @return how many places it holds
	 */
	public static int load(Path folder, Path dumps, GazetteerBuild build) {
		Path root = folder.toAbsolutePath().normalize();
		return locked(root, () -> {
			Path building = root.resolve("loading-" + ProcessHandle.current().pid());
			int places = PlaceIndexWriter.write(building, out -> build.dumps(dumps, out),
					Map.of("source", "dumps", "dumps", dumps.toAbsolutePath().toString(), "built", now()));
			Path target = root.resolve(LOADED);
			if (Files.exists(target)) {
				Path old = root.resolve("unloaded-" + ProcessHandle.current().pid());
				Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
				FileSystemUtils.deleteRecursively(old);
			}
			Files.move(building, target, StandardCopyOption.ATOMIC_MOVE);
			return places;
		});
	}

	/**
	 * Whether the folder's index is open or built already, so that opening it does not
	 * wait for a build.
	 */
	public static boolean available(Path folder) {
		Path root = folder.toAbsolutePath().normalize();
		return OPEN.containsKey(root) || valid(root.resolve(LOADED)) || valid(root.resolve("shipped-" + stamp()));
	}

	private static Path current(Path root, GazetteerBuild build) {
		Path loaded = root.resolve(LOADED);
		if (valid(loaded)) {
			return loaded;
		}
		Path shipped = root.resolve("shipped-" + stamp());
		if (valid(shipped)) {
			return shipped;
		}
		return locked(root, () -> {
			if (!valid(shipped)) {
				build(root, shipped, out -> build.shipped(out));
			}
			return shipped;
		});
	}

	private static void build(Path root, Path target, ToIntFunction<Consumer<Place>> places) throws IOException {
		long start = System.nanoTime();
		Path building = root.resolve("building-" + ProcessHandle.current().pid());
		FileSystemUtils.deleteRecursively(building);
		int count = PlaceIndexWriter.write(building, places, Map.of("source", "shipped", "built", now()));
		Files.move(building, target, StandardCopyOption.ATOMIC_MOVE);
		log.info("World gazetteer: {} places indexed in {} ms into {}", count, (System.nanoTime() - start) / 1_000_000,
				target);
		try (Stream<Path> older = Files.list(root)) {
			older.filter(p -> p.getFileName().toString().startsWith("shipped-") && !p.equals(target))
				.forEach(p -> FileSystemUtils.deleteRecursively(p.toFile()));
		}
		// the build's garbage is large and done with: give the heap it grew back
		System.gc();
	}

	/** Whether the folder holds a complete index of the current schema. */
	static boolean valid(Path index) {
		if (!Files.isDirectory(index)) {
			return false;
		}
		try (FSDirectory directory = FSDirectory.open(index)) {
			if (!DirectoryReader.indexExists(directory)) {
				return false;
			}
			Map<String, String> data = DirectoryReader.listCommits(directory).getLast().getUserData();
			return PlaceIndexWriter.SCHEMA_VERSION.equals(data.get(PlaceIndexWriter.SCHEMA));
		}
		catch (IOException ex) {
			log.warn("World gazetteer: the index in {} cannot be read ({}); it is built again", index, ex.toString());
			return false;
		}
	}

	/** What the shipped files are: the build's version and each file's length. */
	static String stamp() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update((BUILD_VERSION + PlaceIndexWriter.SCHEMA_VERSION).getBytes(StandardCharsets.UTF_8));
			for (String file : GazetteerBuild.SHIPPED) {
				digest.update(
						(file + "=" + new ClassPathResource(file).contentLength()).getBytes(StandardCharsets.UTF_8));
			}
			return HexFormat.of().formatHex(digest.digest(), 0, 6);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static <T> T locked(Path root, IoWork<T> work) {
		try {
			Files.createDirectories(root);
			try (FileChannel channel = FileChannel.open(root.resolve(".lock"), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
				return work.run();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String now() {
		return Instant.now().toString();
	}

	@FunctionalInterface
	private interface IoWork<T> {

		T run() throws IOException;

	}

}

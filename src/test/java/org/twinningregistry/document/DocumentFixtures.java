package org.twinningregistry.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Files to upload: real formats made in memory, and fakes. */
public final class DocumentFixtures {

	private DocumentFixtures() {
	}

	/** A small PDF (its header and trailer are what a detector reads). */
	public static byte[] pdf(String text) {
		return ("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj << /Type /Catalog >> endobj\n% " + text
				+ "\ntrailer << /Root 1 0 R >>\n%%EOF\n")
			.getBytes(StandardCharsets.ISO_8859_1);
	}

	/** A Windows executable's first bytes: the MZ header and a PE signature. */
	public static byte[] executable() {
		byte[] bytes = new byte[256];
		bytes[0] = 'M';
		bytes[1] = 'Z';
		bytes[0x3c] = (byte) 0x80;
		bytes[0x80] = 'P';
		bytes[0x81] = 'E';
		return bytes;
	}

	/** A PNG's signature and header chunk. */
	public static byte[] png() {
		return java.util.HexFormat.of()
			.parseHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
					+ "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082");
	}

	/** An Office Open XML ZIP, as a Word file is. */
	public static byte[] docx() {
		return zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>");
	}

	/** A plain ZIP. */
	public static byte[] zipFile() {
		return zip("notes.txt", "hello", "more.txt", "world");
	}

	private static byte[] zip(String... namesAndTexts) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (int i = 0; i < namesAndTexts.length; i += 2) {
				zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
				zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}

package org.twinningregistry.importexport.job;

/**
 * A file of a job's upload, kept in the database until the job ends.
 *
 * @param name the file's name ({@code governments.csv}, {@code package.zip})
 * @param content its bytes, as uploaded
 */
public record StoredFile(String name, byte[] content) {

}

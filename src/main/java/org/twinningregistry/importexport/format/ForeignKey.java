package org.twinningregistry.importexport.format;

/**
 * A column that names a row of another table (or of its own) by id.
 *
 * @param field the column
 * @param resource the table whose {@code id} it names
 */
public record ForeignKey(String field, String resource) {

}

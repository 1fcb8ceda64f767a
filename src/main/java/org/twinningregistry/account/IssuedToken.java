package org.twinningregistry.account;

import java.io.Serializable;

/**
 * A token just issued: the only time its secret is shown.
 *
 * @param summary what is kept about it
 * @param token the secret to send as {@code Authorization: Bearer <token>}
 */
public record IssuedToken(TokenSummary summary, String token) implements Serializable {

}

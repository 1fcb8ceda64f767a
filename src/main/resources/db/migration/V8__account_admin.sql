-- The first account of the registry core (a curator of every country) also manages accounts.
INSERT INTO account_role (account_id, role, scope)
SELECT r.account_id, 'ADMIN', '' FROM account_role r
WHERE r.role = 'CURATOR' AND r.scope = ''
  AND NOT EXISTS (SELECT 1 FROM account_role a WHERE a.account_id = r.account_id AND a.role = 'ADMIN');

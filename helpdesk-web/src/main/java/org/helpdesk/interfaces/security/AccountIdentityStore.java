package org.helpdesk.interfaces.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.helpdesk.account.Accounts;

/**
 * The database identity store: checks a login and password against the accounts (PBKDF2 hashes, see
 * {@code account.Accounts}) and answers with the role's groups, which are the application's roles. Guessing is
 * throttled before it is asked ({@link LoginThrottle}).
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @EJB
    private Accounts accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return accounts.verify(login.getCaller(), login.getPassword().getValue())
                .map(role -> new CredentialValidationResult(login.getCaller(), role.groups()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}

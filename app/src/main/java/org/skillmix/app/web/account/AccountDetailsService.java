package org.skillmix.app.web.account;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Spring Security's view of the users table: a disabled account cannot sign in. */
@Service
public class AccountDetailsService implements UserDetailsService {
    private final AccountRepository accounts;

    public AccountDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        AccountRepository.SignedIn signedIn =
                accounts.signedIn(username).orElseThrow(() -> new UsernameNotFoundException(username));
        String hash = accounts.passwordHash(username).orElseThrow(() -> new UsernameNotFoundException(username));
        // a disabled account cannot sign in (Spring refuses it after the password check, like a wrong one)
        return User.withUsername(signedIn.account().username())
                .password(hash)
                .roles(signedIn.account().role().name())
                .disabled(signedIn.disabled())
                .build();
    }
}

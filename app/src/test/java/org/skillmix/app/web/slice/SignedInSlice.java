package org.skillmix.app.web.slice;

import static org.mockito.Mockito.when;
import static org.skillmix.app.web.slice.SliceFixtures.ANALYST;

import org.junit.jupiter.api.BeforeEach;
import org.skillmix.app.web.account.AccountRepository;
import org.skillmix.app.web.account.CurrentAccount;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * What every slice test stands on: the request comes from {@link SliceFixtures#ANALYST}, and the pages' advice
 * (PageAccount) finds an account store to read. A test that needs another account stubs {@link #current} again.
 */
abstract class SignedInSlice {
    @MockitoBean
    CurrentAccount current;

    @MockitoBean
    AccountRepository accounts;

    @BeforeEach
    void signedInAsTheAnalyst() {
        when(current.get()).thenReturn(ANALYST);
    }
}

package org.skillmix.app.web.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import org.skillmix.app.web.account.AccessRole;
import org.skillmix.app.web.account.Account;
import org.skillmix.app.web.account.AccountRepository;
import org.skillmix.app.web.account.PasswordPolicy;
import org.skillmix.app.web.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * A first start on an empty database: creates the administrator 'admin' (password printed once, stored hashed)
 * and imports the shipped example system, which travels inside the jar so it works wherever the jar runs.
 */
@Component
class FirstStart implements ApplicationRunner {
    static final String EXAMPLE = "classpath:/examples/greater-manchester/*.csv";
    private static final Logger LOG = LoggerFactory.getLogger(FirstStart.class);

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy passwords;
    private final DatasetService datasets;
    private final DatasetStore store;
    private final AuditLog audit;
    private final String adminPassword;
    private final boolean importExample;

    FirstStart(
            AccountRepository accounts,
            PasswordEncoder encoder,
            PasswordPolicy passwords,
            DatasetService datasets,
            DatasetStore store,
            AuditLog audit,
            @Value("${skillmix.admin.password:${SKILLMIX_ADMIN_PASSWORD:}}") String adminPassword,
            @Value("${skillmix.example.import:true}") boolean importExample) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.passwords = passwords;
        this.datasets = datasets;
        this.store = store;
        this.audit = audit;
        this.adminPassword = adminPassword;
        this.importExample = importExample;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (accounts.count() == 0) createAdministrator();
        if (importExample && store.count() == 0) importExample();
    }

    private void createAdministrator() {
        boolean generated = adminPassword == null || adminPassword.isBlank();
        String password = generated ? randomPassword() : adminPassword;
        if (!generated) {
            // The operator chose it: held to the same policy as every other account's.
            passwords.problem("admin", password).ifPresent(problem -> {
                throw new IllegalStateException("SKILLMIX_ADMIN_PASSWORD is not accepted: " + problem);
            });
        }
        accounts.create(new Account("admin", AccessRole.ADMIN, null, null), encoder.encode(password));
        audit.record("system", "account.create", "admin as ADMIN (first start)");
        if (generated) {
            // Printed once, never stored in clear: the console is the only place it appears.
            System.out.println();
            System.out.println("First start: created the administrator account 'admin' with password  " + password);
            System.out.println("Write it down now; it is stored hashed and will not be shown again.");
            System.out.println();
        } else {
            System.out.println(
                    "First start: created the administrator account 'admin' with the password in SKILLMIX_ADMIN_PASSWORD.");
        }
    }

    private void importExample() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources(EXAMPLE);
        if (files.length == 0) {
            LOG.warn("the shipped example system is not in this build; skipping it");
            return;
        }
        Path folder = Files.createTempDirectory("greater-manchester");
        try {
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    Files.copy(in, folder.resolve(file.getFilename()));
                }
            }
            StoredDataset stored = datasets.importFolder(
                    "NHS Greater Manchester (shipped example)", StoredDataset.SHIPPED_EXAMPLE, folder);
            System.out.println(
                    "First start: imported the example system " + stored.name() + " as dataset " + stored.id() + ".");
        } finally {
            DatasetService.deleteQuietly(folder);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

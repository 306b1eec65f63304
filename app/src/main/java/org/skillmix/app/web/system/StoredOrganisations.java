package org.skillmix.app.web.system;

import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.skillmix.app.web.account.OrganisationDirectory;
import org.skillmix.core.system.Organisation;
import org.springframework.stereotype.Component;

/** An ICS's organisations: those of its newest stored dataset (its current picture of the system). */
@Component
class StoredOrganisations implements OrganisationDirectory {
    private final DatasetStore store;
    private final DatasetService datasets;

    StoredOrganisations(DatasetStore store, DatasetService datasets) {
        this.store = store;
        this.datasets = datasets;
    }

    @Override
    public Set<String> organisationsOf(String icbCode) {
        if (icbCode == null) return Set.of();
        return store.all().stream()
                .filter(d -> d.icbCode().equalsIgnoreCase(icbCode))
                .max(Comparator.comparingLong(StoredDataset::id))
                .map(newest -> datasets.model(newest.id()).organisations().stream()
                        .map(Organisation::code)
                        .map(c -> c.toUpperCase(Locale.ROOT))
                        .collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
    }
}

package org.skillmix.app.web.speakup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.skillmix.app.web.system.DatasetService;
import org.skillmix.app.web.system.DatasetStore;
import org.skillmix.app.web.system.StoredDataset;
import org.skillmix.core.system.Organisation;
import org.skillmix.core.system.Place;
import org.skillmix.core.system.SystemModel;
import org.springframework.stereotype.Component;

/**
 * The organisations and places a concern can be about: those of each ICS's latest stored dataset (the highest
 * id for its ICB, so a new upload or scenario edit of a system is what counts). Public: the speak-up form lists
 * them to anyone, and they are published ODS names, not staff data.
 */
@Component
public class SpeakUpOrganisations {
    private final DatasetStore store;
    private final DatasetService datasets;

    public SpeakUpOrganisations(DatasetStore store, DatasetService datasets) {
        this.store = store;
        this.datasets = datasets;
    }

    /** An ICS as the form offers it: organisations by name, places by name. */
    public record Ics(String icbCode, String icbName, List<Organisation> organisations, List<Place> places) {
        public Optional<Organisation> organisation(String code) {
            return organisations.stream().filter(o -> o.code().equals(code)).findFirst();
        }

        public Optional<Place> place(String code) {
            return places.stream().filter(p -> p.code().equals(code)).findFirst();
        }
    }

    /** Every ICS with a stored dataset, by name. */
    public List<Ics> all() {
        Map<String, StoredDataset> latest = new LinkedHashMap<>();
        for (StoredDataset d : store.all()) latest.putIfAbsent(d.icbCode(), d); // newest first
        List<Ics> out = new ArrayList<>();
        for (StoredDataset d : latest.values()) {
            SystemModel model = datasets.model(d.id());
            out.add(new Ics(
                    d.icbCode(),
                    model.info().name(),
                    model.organisations().stream()
                            .sorted(Comparator.comparing(Organisation::name, String.CASE_INSENSITIVE_ORDER))
                            .toList(),
                    model.places().stream()
                            .sorted(Comparator.comparing(Place::name, String.CASE_INSENSITIVE_ORDER))
                            .toList()));
        }
        out.sort(Comparator.comparing(Ics::icbName, String.CASE_INSENSITIVE_ORDER));
        return out;
    }

    public Optional<Ics> ics(String icbCode) {
        return all().stream().filter(i -> i.icbCode().equalsIgnoreCase(icbCode)).findFirst();
    }
}

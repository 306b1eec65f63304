package org.skillmix.data.dataset;

import java.util.List;
import org.skillmix.core.system.Utilisation;

final class UtilisationTable implements TableParser<Utilisation> {

    public DatasetTable table() {
        return DatasetTable.UTILISATION;
    }

    public List<String> key() {
        return List.of("service_code", "age_band", "sex");
    }

    public Utilisation parse(DataRow row, KnownCodes known) {
        Utilisation utilisation = new Utilisation(
                row.reference("service_code", DatasetTable.SERVICES, known, "service", false),
                AgeBand.read(row, "age_band"),
                row.sex("sex", true),
                row.number("activity_per_person_year"));
        return row.ok() ? utilisation : null;
    }
}

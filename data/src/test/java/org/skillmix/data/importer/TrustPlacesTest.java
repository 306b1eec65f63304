package org.skillmix.data.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * trust_places.csv against the published files: every listed home place is an LA of the ICB that ODS places the
 * trust in, and its source quotes the trust's ODS postcode, so a row cannot name a place the head office is not in
 * without the test seeing it.
 */
class TrustPlacesTest {

    @Test
    void everyListedHomeIsAnLaOfTheTrustsIcbAndCitesItsOdsAddress() throws Exception {
        SourceFolder folder = SourceFolder.open(SharedData.folder());
        GeographyLookup geo = GeographyLookup.read(folder, new ImportReport("test"));
        Map<String, String[]> ods = new HashMap<>();
        for (var path : folder.find(IcbFootprint.ODS)) {
            if (!path.getFileName().toString().contains("2025-12")) continue;
            SourceCsv.readHeaderless(path, path.toString())
                    .forEach(row -> ods.put(row.text(0), new String[] {row.text(3), row.text(9)}));
        }
        assertTrue(ods.size() > 200, "the current ODS trust extract (2025-12) is in the shared data");
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (var row : rows()) {
            String code = row[0];
            String place = row[1];
            String source = row[2];
            if (!geo.isLa(place)) {
                wrong.add(code + ": " + place + " is not a 2023 LA code");
                continue;
            }
            String[] trust = ods.get(code);
            if (trust == null) {
                if (!source.contains("not in the ODS trust extracts"))
                    wrong.add(code + ": not in the ODS extract, and the source does not say where it is from");
                continue;
            }
            checked++;
            if (!geo.lasOf(trust[0]).contains(place))
                wrong.add(code + ": " + geo.laName(place) + " is not an LA of " + trust[0] + ", its ICB in ODS");
            boolean cites = source.contains(trust[1]) || source.contains("(ODS etrust 2018)");
            if (!cites) wrong.add(code + ": the source does not quote its ODS postcode " + trust[1]);
        }
        assertEquals(List.of(), wrong);
        assertTrue(checked >= 90, "rows checked against ODS: " + checked);
    }

    /**
     * North Central London: each trust sits in the borough of its head office (Great Ormond Street, University College
     * Hospital and North London NHS FT in Camden; Moorfields and the Whittington in Islington), and only the London
     * Ambulance Service, whose head office is in neither, falls back to the most populous borough (Barnet).
     */
    @Test
    void northCentralLondonsTrustsAreInTheirBoroughs() throws Exception {
        IcbImport.Result result = new IcbImport(SharedData.folder(), "QMJ", null, null).build();
        Map<String, String> placeOf = new HashMap<>();
        List<String> inBarnet = new ArrayList<>();
        for (List<String> org : result.tables().get("organisations.csv").rows()) {
            placeOf.put(org.get(0), org.get(3));
            if (org.get(3).equals("E09000003") && !org.get(0).matches("(ASC|PC|CHS)-.*")) inBarnet.add(org.get(0));
        }
        assertEquals("E09000007", placeOf.get("RP4"));
        assertEquals("E09000007", placeOf.get("RRV"));
        assertEquals("E09000007", placeOf.get("G6V2S"));
        assertEquals("E09000019", placeOf.get("RP6"));
        assertEquals("E09000019", placeOf.get("RKE"));
        assertEquals(List.of("RRU"), inBarnet);
    }

    /** A listed head office outside the ICB (West Midlands Ambulance Service, Brierley Hill) is said to be so. */
    @Test
    void aHeadOfficeOutsideTheIcbIsNamedInTheReport() throws Exception {
        IcbImport.Result result = new IcbImport(SharedData.folder(), "QOC", null, null).build();
        assertThat(result.report().html())
                .contains("the head office is in Dudley, outside the ICB (trust_places.csv: home place: HQ");
    }

    private static List<String[]> rows() throws ImportException {
        List<String[]> rows = new ArrayList<>();
        new Mappings(null)
                .table("trust_places.csv", "org_code", "place_code", "source")
                .forEach(row ->
                        rows.add(new String[] {row.text("org_code"), row.text("place_code"), row.text("source")}));
        return rows;
    }
}

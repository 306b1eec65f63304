package org.skillmix.usecase;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.dataset.DatasetReader;
import org.skillmix.data.mutualaid.MutualAidInputs;

/** The shipped Greater Manchester example and small staff and surge files for it. */
public final class GmExample {
    private static SystemModel model;

    private GmExample() {}

    public static Path repo() {
        return Path.of(System.getProperty("skillmix.repoRoot", "..")).toAbsolutePath();
    }

    public static Path dataset() {
        return repo().resolve("examples/greater-manchester");
    }

    public static synchronized SystemModel model() throws Exception {
        if (model == null) model = new DatasetReader().load(dataset()).model();
        return model;
    }

    /** 17 willing staff in three services of three trusts (the file MutualAidCommandTest plans with). */
    public static MutualAidInputs.File staff() {
        StringBuilder csv = new StringBuilder("staff_id,home_org,home_service,role,capabilities,fte,base_place,"
                + "max_weeks_away,max_travel_km,passport_valid_until,willing\n");
        for (int i = 1; i <= 8; i++) {
            csv.append(String.format(
                    "NCA-%03d,RM3,ACUTE_IP,RN_ADULT,TRIAGE:3;ACUTE_NURSING:2,1.0,E08000006,2,25,2027-03-31,yes%n", i));
        }
        for (int i = 1; i <= 8; i++) {
            String passport = i % 2 == 0 ? "2027-03-31" : "";
            csv.append(String.format(
                    "SFT-%03d,RWJ,COMM_NURSING,RN_ADULT,WOUND:3;MEDS:2,1.0,E08000007,1,25,%s,yes%n", i, passport));
        }
        csv.append("SFT-101,RWJ,COMM_NURSING,HCSW,PERSONAL:2;WOUND:1,0.6,E08000007,2,25,2026-12-10,yes\n");
        csv.append("MFT-001,R0A,UEC,RN_ADULT,TRIAGE:4,1.0,E08000003,2,25,2027-03-31,yes\n");
        return new MutualAidInputs.File("staff.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Shortfalls over two weeks, critical and not, that the staff above can partly cover. */
    public static MutualAidInputs.File surge() {
        String csv = "week,org_code,service_code,capability_code,shortfall_fte,critical\n"
                + "1,R0A,UEC,TRIAGE,3,yes\n"
                + "2,R0A,UEC,TRIAGE,2,yes\n"
                + "1,RWJ,COMM_NURSING,WOUND,1.5,no\n"
                + "2,RM3,ACUTE_IP,ACUTE_NURSING,1,yes\n";
        return new MutualAidInputs.File("surge.csv", csv.getBytes(StandardCharsets.UTF_8));
    }
}

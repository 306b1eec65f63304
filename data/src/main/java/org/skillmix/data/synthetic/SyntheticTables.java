package org.skillmix.data.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.skillmix.core.system.Assumption;
import org.skillmix.core.system.Capability;
import org.skillmix.core.system.CapabilityHours;
import org.skillmix.core.system.Catchment;
import org.skillmix.core.system.Deprivation;
import org.skillmix.core.system.Flow;
import org.skillmix.core.system.Organisation;
import org.skillmix.core.system.PipelineIntake;
import org.skillmix.core.system.Place;
import org.skillmix.core.system.PopulationCount;
import org.skillmix.core.system.Role;
import org.skillmix.core.system.RoleCapability;
import org.skillmix.core.system.Seasonality;
import org.skillmix.core.system.Sector;
import org.skillmix.core.system.Service;
import org.skillmix.core.system.Utilisation;
import org.skillmix.core.system.WorkforceLine;
import org.skillmix.core.uncertainty.Interval;
import org.skillmix.data.synthetic.SyntheticSystem.Size;

/**
 * What every part of a synthetic system is drawn from: the size asked for, the one random stream (each table is
 * drawn from it in a fixed order, so equal seeds give equal models), the tables built so far, the names things
 * are given and the drawing helpers. {@link SyntheticStructure} builds the system's structure on it and
 * {@link SyntheticBuilder} its demand and dynamics.
 */
abstract class SyntheticTables {
    /** Sectors in the order organisations are dealt to them: the big ones first. */
    static final List<Sector> SECTOR_ORDER = List.of(
            Sector.ACUTE,
            Sector.ADULT_SOCIAL_CARE,
            Sector.PRIMARY_CARE,
            Sector.COMMUNITY,
            Sector.MENTAL_HEALTH,
            Sector.AMBULANCE,
            Sector.VOLUNTARY,
            Sector.LOCAL_AUTHORITY,
            Sector.INDEPENDENT);

    /** Sectors whose organisations serve several places: hospitals, mental health trusts, ambulances. */
    static final Set<Sector> MULTI_PLACE_SECTORS = Set.of(Sector.ACUTE, Sector.MENTAL_HEALTH, Sector.AMBULANCE);

    static final List<String> CAPABILITY_NAMES = List.of(
            "Medicines administration",
            "Wound care",
            "Insulin administration",
            "Triage and assessment",
            "Personal care",
            "Mental health assessment",
            "Prescribing",
            "Digital consultation",
            "Acute nursing care",
            "Emergency response",
            "Diagnostics",
            "Therapy and rehabilitation",
            "Care coordination",
            "End-of-life care",
            "Medical assessment",
            "Catheter care",
            "Phlebotomy",
            "Falls prevention",
            "Dementia care",
            "Safeguarding",
            "Social prescribing",
            "Health visiting",
            "Learning disability support",
            "Tissue viability",
            "Respiratory care",
            "Palliative symptom control",
            "Reablement",
            "Discharge planning",
            "Minor illness",
            "Vaccination");

    static final List<String> ROLE_NAMES = List.of(
            "Registered nurse (adult)",
            "Healthcare support worker",
            "Care worker",
            "Senior care worker",
            "Nursing associate",
            "Paramedic",
            "General practitioner",
            "Clinical pharmacist",
            "Physician associate",
            "Digital practitioner",
            "Registered nurse (mental health)",
            "Occupational therapist",
            "Physiotherapist",
            "Social worker",
            "Registered manager",
            "Hospital doctor",
            "Practice nurse",
            "Radiographer",
            "Emergency care assistant",
            "Care coordinator");

    static final List<String> SERVICE_NAMES = List.of(
            "Urgent and emergency care",
            "Acute inpatient care",
            "Cancer",
            "Diagnostics",
            "Community nursing",
            "Community mental health",
            "General practice",
            "Homecare",
            "Care homes",
            "Ambulance response",
            "CAMHS",
            "Learning disability",
            "Intermediate care",
            "Hospice care",
            "Reablement",
            "Maternity",
            "Outpatients",
            "Elective surgery",
            "Crisis mental health",
            "Falls service");

    static final String[] STAFF_GROUPS = {
        "Nurses & health visitors",
        "Support to doctors, nurses & midwives",
        "HCHS doctors",
        "Scientific, therapeutic & technical staff",
        "Ambulance staff",
        "Adult social care: direct care",
        "General practice"
    };

    final Size size;
    final SplittableRandom random;

    final List<Place> places = new ArrayList<>();
    final List<Organisation> organisations = new ArrayList<>();
    final List<Capability> capabilities = new ArrayList<>();
    final List<Role> roles = new ArrayList<>();
    final List<RoleCapability> roleCapabilities = new ArrayList<>();
    final List<Service> services = new ArrayList<>();
    final List<PopulationCount> population = new ArrayList<>();
    final List<Deprivation> deprivation = new ArrayList<>();
    final List<Utilisation> utilisation = new ArrayList<>();
    final List<CapabilityHours> capabilityHours = new ArrayList<>();
    final List<Seasonality> seasonality = new ArrayList<>();
    final List<WorkforceLine> workforce = new ArrayList<>();
    final List<Flow> flows = new ArrayList<>();
    final List<PipelineIntake> pipeline = new ArrayList<>();
    final List<Assumption> assumptions = new ArrayList<>();
    final List<Catchment> catchments = new ArrayList<>();

    SyntheticTables(Size size, SplittableRandom random) {
        this.size = size;
        this.random = random;
    }

    double between(double low, double high) {
        return low + (high - low) * random.nextDouble();
    }

    /** count distinct indices from 0..n-1, in the order drawn. */
    List<Integer> pick(int n, int count) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < n; i++) all.add(i);
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(n - i);
            Integer t = all.get(i);
            all.set(i, all.get(j));
            all.set(j, t);
        }
        return new ArrayList<>(all.subList(0, count));
    }

    /** An interval around a mode, its ends a factor below and above, capped to a share at 1. */
    static Interval spread(double mode, double lowFactor, double highFactor, int digits) {
        double m = round(Math.min(1, mode), digits);
        double low = round(Math.min(m, m * lowFactor), digits);
        double high = round(Math.min(1, Math.max(m, m * highFactor)), digits);
        return new Interval(low, m, high);
    }

    static double round(double value, int digits) {
        double scale = Math.pow(10, digits);
        return Math.round(value * scale) / scale;
    }
}

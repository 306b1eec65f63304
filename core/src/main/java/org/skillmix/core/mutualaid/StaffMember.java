package org.skillmix.core.mutualaid;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * One person who could be redeployed. Personal data: the id is pseudonymous (no names, no NHS or
 * payroll numbers) so a plan can be shared with partners.
 *
 * @param capabilities       verified capabilities with competency level (1 = supervised, higher = more
 *                           independent); a capability not listed is not verified and cannot be used
 * @param maxWeeksAway       how many weeks of the surge the person agreed to work away from home
 * @param maxTravelKm        the furthest from the base place the person agreed to travel
 * @param passportValidUntil the last day the staff passport lets them work for another organisation without
 *                           re-checks; null = no passport (they can only help within their own organisation)
 */
public final class StaffMember {

    private final String id;
    private final HomeService home;
    private final String roleCode;
    private final Map<String, Integer> capabilities;
    private final double fte;
    private final String basePlace;
    private final int maxWeeksAway;
    private final double maxTravelKm;
    private final LocalDate passportValidUntil;
    private final int bestLevel;

    public StaffMember(
            String id,
            String homeOrg,
            String homeService,
            String roleCode,
            Map<String, Integer> capabilities,
            double fte,
            String basePlace,
            int maxWeeksAway,
            double maxTravelKm,
            LocalDate passportValidUntil) {
        if (fte < 0) throw new IllegalArgumentException(id + ": FTE must be >= 0");
        this.id = Objects.requireNonNull(id);
        this.home = new HomeService(homeOrg, homeService);
        this.roleCode = roleCode;
        this.capabilities = Map.copyOf(capabilities);
        this.fte = fte;
        this.basePlace = basePlace;
        this.maxWeeksAway = maxWeeksAway;
        this.maxTravelKm = maxTravelKm;
        this.passportValidUntil = passportValidUntil;
        this.bestLevel = this.capabilities.values().stream()
                .mapToInt(Integer::intValue)
                .max()
                .orElse(0);
    }

    public String getId() {
        return id;
    }

    public HomeService getHome() {
        return home;
    }

    public String getHomeOrg() {
        return home.orgCode();
    }

    public String getHomeService() {
        return home.serviceCode();
    }

    public String getRoleCode() {
        return roleCode;
    }

    public Map<String, Integer> getCapabilities() {
        return capabilities;
    }

    public double getFte() {
        return fte;
    }

    public String getBasePlace() {
        return basePlace;
    }

    public int getMaxWeeksAway() {
        return maxWeeksAway;
    }

    public double getMaxTravelKm() {
        return maxTravelKm;
    }

    public LocalDate getPassportValidUntil() {
        return passportValidUntil;
    }

    /** FTE in hundredths: scores are whole numbers, and the LP bound counts in the same units. */
    public int fteCenti() {
        return (int) Math.round(fte * 100);
    }

    public boolean hasCapability(String code) {
        return capabilities.containsKey(code);
    }

    /** The competency level held in a capability, 0 when it is not verified. */
    public int levelOf(String code) {
        return capabilities.getOrDefault(code, 0);
    }

    /** 0 when the capability is one of the person's strongest; more the further it is from them. */
    public int levelsBelowBest(String code) {
        return bestLevel - capabilities.getOrDefault(code, 0);
    }

    /** Whether the passport lets them work for another organisation for the whole week ending that day. */
    public boolean passportValidThrough(LocalDate day) {
        return passportValidUntil != null && !passportValidUntil.isBefore(day);
    }

    @Override
    public String toString() {
        return id;
    }
}

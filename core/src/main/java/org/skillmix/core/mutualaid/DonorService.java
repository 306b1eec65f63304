package org.skillmix.core.mutualaid;

/**
 * A service staff may be lent from, with the floor it must keep.
 *
 * @param staffFte        FTE the service has in post for the surge weeks
 * @param minimumFte      the minimum staffing floor: lending may never take it below this
 * @param protectedService cancer, diagnostics and the like: kept whole by default
 * @param donorAllowed    false = nobody is lent from it; a protected service lends only when this is set
 */
public record DonorService(
        String orgCode,
        String serviceCode,
        double staffFte,
        double minimumFte,
        boolean protectedService,
        boolean donorAllowed) {

    /** A service with the usual rule: protected services do not lend, others do. */
    public DonorService(
            String orgCode, String serviceCode, double staffFte, double minimumFte, boolean protectedService) {
        this(orgCode, serviceCode, staffFte, minimumFte, protectedService, !protectedService);
    }

    public HomeService home() {
        return new HomeService(orgCode, serviceCode);
    }

    /** Hundredths of an FTE that may be lent in a week before the floor is reached. */
    public int spareCenti() {
        return (int) Math.round(staffFte * 100) - (int) Math.round(minimumFte * 100);
    }
}

package org.skillmix.app.web.result;

import java.util.List;
import org.skillmix.core.explain.DemandTerm;
import org.skillmix.core.explain.SupplyTerm;

/**
 * "Explain this figure": a capability's demand and supply in a place and month, each as the sum of its
 * terms (deterministic run). For an organisation lead, other organisations' supply terms are folded into
 * one "other organisations" term per sector.
 */
public record Explanation(
        String month,
        String capability,
        String place,
        double demandFte,
        double supplyFte,
        List<DemandTerm> demand,
        List<SupplyTerm> supply) {}

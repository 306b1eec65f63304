package org.skillmix.app.web.result;

import java.util.List;
import org.skillmix.core.explain.DemandTerm;
import org.skillmix.core.explain.SupplyTerm;
import org.skillmix.usecase.explain.ExplainUseCase;

/**
 * "Explain this figure": a capability's demand and supply in a place and month, each as the sum of its
 * terms (deterministic run). For an organisation lead, other organisations' supply terms are folded into
 * one "other organisations" term per sector (sectors whose supply there is suppressed into one), and when the
 * place's supply itself is suppressed no supply is given: supplyFte is null and supplyNotShown says why.
 * normRanges lists the services whose hours come from a norm the Monte Carlo draws over a range, elasticityRanges
 * those whose deprivation elasticity it draws over one.
 */
public record Explanation(
        String month,
        String capability,
        String place,
        double demandFte,
        Double supplyFte,
        List<DemandTerm> demand,
        List<SupplyTerm> supply,
        String supplyNotShown,
        List<ExplainUseCase.NormRange> normRanges,
        List<ExplainUseCase.ElasticityRange> elasticityRanges) {}

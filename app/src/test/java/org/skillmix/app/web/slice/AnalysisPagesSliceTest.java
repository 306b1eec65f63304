package org.skillmix.app.web.slice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.skillmix.app.web.slice.SliceFixtures.ANALYST;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.skillmix.app.web.analysis.AnalysisPages;
import org.skillmix.app.web.analysis.AnalysisResults;
import org.skillmix.app.web.analysis.AnalysisService;
import org.skillmix.app.web.run.RunKind;
import org.skillmix.app.web.system.DatasetService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Analyses page's forms as Spring MVC reads them, without a server or a database: each field reaches the
 * request record the API's JSON makes, so the page starts what the API would. That the files equal the command
 * line's is FrontEndsAgreeTest's.
 */
@WebMvcTest(controllers = AnalysisPages.class)
@AutoConfigureMockMvc(addFilters = false)
class AnalysisPagesSliceTest extends SignedInSlice {
    @Autowired
    MockMvc mvc;

    @MockitoBean
    AnalysisService analyses;

    @MockitoBean
    AnalysisResults results;

    @MockitoBean
    DatasetService datasets;

    @Test
    void thePortfolioFormsBaselineReachesTheRequest() throws Exception {
        when(analyses.startOptimise(eq(ANALYST), eq(3L), any()))
                .thenReturn(AnalysisControllerSliceTest.run(12, RunKind.OPTIMISE));
        // The field the projection and comparison forms name "baseline" (layout :: baseline-select).
        mvc.perform(post("/analyses/portfolio")
                        .param("datasetId", "3")
                        .param("budgetGbp", "1500000")
                        .param("targetCapabilities", "WOUND, TRIAGE")
                        .param("baseline", "current-trends"))
                .andExpect(redirectedUrl("/analyses/12"));
        ArgumentCaptor<AnalysisService.NewPortfolio> request =
                ArgumentCaptor.forClass(AnalysisService.NewPortfolio.class);
        verify(analyses).startOptimise(eq(ANALYST), eq(3L), request.capture());
        assertThat(request.getValue())
                .isEqualTo(new AnalysisService.NewPortfolio(
                        1_500_000.0,
                        null,
                        null,
                        List.of("WOUND", "TRIAGE"),
                        null,
                        null,
                        null,
                        null,
                        null,
                        "current-trends"));
    }

    @Test
    void theWinterFormsBaselineReachesTheRequest() throws Exception {
        when(analyses.startWinter(eq(ANALYST), eq(3L), any(), any(), any(), any()))
                .thenReturn(AnalysisControllerSliceTest.run(11, RunKind.WINTER));
        mvc.perform(multipart("/analyses/winter")
                        .param("datasetId", "3")
                        .param("from", "2026-12-07")
                        .param("weeks", "6")
                        .param("baseline", "current-trends"))
                .andExpect(redirectedUrl("/analyses/11"));
        verify(analyses)
                .startWinter(eq(ANALYST), eq(3L), eq(LocalDate.of(2026, 12, 7)), eq(6), eq("current-trends"), eq(null));
    }

    @Test
    void theDesignFormsBaselineReachesTheRequest() throws Exception {
        when(analyses.startDesign(eq(ANALYST), eq(3L), any()))
                .thenReturn(AnalysisControllerSliceTest.run(13, RunKind.DESIGN));
        mvc.perform(post("/analyses/design")
                        .param("datasetId", "3")
                        .param("year", "2030")
                        .param("baseline", "current-trends"))
                .andExpect(redirectedUrl("/analyses/13"));
        verify(analyses).startDesign(ANALYST, 3L, new AnalysisService.NewDesign(2030, null, "current-trends"));
    }
}

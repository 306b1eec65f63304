package org.skillmix.app.web.slice;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.skillmix.app.web.slice.SliceFixtures.ANALYST;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.skillmix.app.web.api.Conflict;
import org.skillmix.app.web.api.Invalid;
import org.skillmix.app.web.comparison.ComparisonController;
import org.skillmix.app.web.comparison.ComparisonService;
import org.skillmix.app.web.mutualaid.MutualAidController;
import org.skillmix.app.web.mutualaid.MutualAidPlans;
import org.skillmix.app.web.mutualaid.MutualAidService;
import org.skillmix.app.web.result.ResultService;
import org.skillmix.app.web.run.RunKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A comparison's download and a mutual-aid plan's start as Spring MVC serves them: the file comes as an attachment
 * with its name and type, a refusal keeps its status, and a plan's step limit reaches the service. Security is the
 * full-stack tests'.
 */
@WebMvcTest(controllers = {ComparisonController.class, MutualAidController.class})
@AutoConfigureMockMvc(addFilters = false)
class DownloadAndPlanSliceTest extends SignedInSlice {
    @Autowired
    MockMvc mvc;

    @MockitoBean
    ComparisonService comparisons;

    @MockitoBean
    MutualAidService mutualAid;

    @MockitoBean
    MutualAidPlans plans;

    @Test
    void aComparisonFileComesAsAnAttachmentWithItsNameAndType() throws Exception {
        byte[] csv = "scenario,year\nretain,2030/31\n".getBytes(StandardCharsets.UTF_8);
        when(comparisons.download(ANALYST, 5, "summary"))
                .thenReturn(
                        new ResultService.Download("skillmix-comparison-5-summary.csv", "text/csv;charset=UTF-8", csv));
        mvc.perform(get("/api/comparisons/5/download/summary"))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Disposition", "attachment; filename=\"skillmix-comparison-5-summary.csv\""))
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(content().bytes(csv));
    }

    @Test
    void anUnknownFormatIs400AndAnUnfinishedComparison409() throws Exception {
        when(comparisons.download(ANALYST, 5, "pdf")).thenThrow(new Invalid("format", "give csv, summary or html"));
        when(comparisons.download(ANALYST, 6, "csv"))
                .thenThrow(new Conflict("comparisonId", "comparison 6 has no results: it is running"));
        mvc.perform(get("/api/comparisons/5/download/pdf"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("give csv, summary or html")));
        mvc.perform(get("/api/comparisons/6/download/csv"))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("it is running")));
    }

    @Test
    void aPlansStepLimitSeedAndBaselineReachTheServiceAndAnEmptyBodyTakesTheDefaults() throws Exception {
        when(mutualAid.start(eq(ANALYST), eq(4L), any(), any(), any(), any()))
                .thenReturn(RunControllerSliceTest.run(8, RunKind.MUTUAL_AID));
        mvc.perform(post("/api/mutual-aid/4/plans")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"seconds\":30,\"seed\":7,\"steps\":200,\"baseline\":\"current-trends\"}"))
                .andExpect(status().isCreated());
        verify(mutualAid).start(ANALYST, 4L, 30, 7L, 200, "current-trends");
        mvc.perform(post("/api/mutual-aid/4/plans")).andExpect(status().isCreated());
        verify(mutualAid).start(eq(ANALYST), eq(4L), isNull(), isNull(), isNull(), isNull());
    }
}

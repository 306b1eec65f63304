package org.skillmix.app.web.slice;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.skillmix.app.web.slice.SliceFixtures.ANALYST;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.skillmix.app.web.mutualaid.MutualAidPages;
import org.skillmix.app.web.mutualaid.MutualAidPlans;
import org.skillmix.app.web.mutualaid.MutualAidService;
import org.skillmix.app.web.run.RunKind;
import org.skillmix.app.web.system.DatasetService;
import org.skillmix.app.web.system.SystemNames;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Mutual aid page's forms as Spring MVC reads them, without a server or a database: the supply baseline the
 * forms name "baseline" (layout :: baseline-select) reaches the service as the API's JSON field does. That the
 * plan's files equal the command line's is FrontEndsAgreeTest's.
 */
@WebMvcTest(controllers = MutualAidPages.class)
@AutoConfigureMockMvc(addFilters = false)
class MutualAidPagesSliceTest extends SignedInSlice {
    @Autowired
    MockMvc mvc;

    @MockitoBean
    MutualAidService mutualAid;

    @MockitoBean
    MutualAidPlans plans;

    @MockitoBean
    DatasetService datasets;

    @MockitoBean
    SystemNames names;

    @Test
    void theUploadFormsBaselineReachesThePlan() throws Exception {
        when(mutualAid.uploadAndPlan(eq(ANALYST), eq(3L), any(), any(), any(), any(), any()))
                .thenReturn(RunControllerSliceTest.run(8, RunKind.MUTUAL_AID));
        mvc.perform(multipart("/datasets/3/mutual-aid")
                        .file(new MockMultipartFile("staff", "staff.csv", "text/csv", new byte[] {'s'}))
                        .file(new MockMultipartFile("surge", "surge.csv", "text/csv", new byte[] {'u'}))
                        .param("firstDay", "2026-12-01")
                        .param("seconds", "5")
                        .param("baseline", "current-trends"))
                .andExpect(redirectedUrl("/mutual-aid/plans/8"));
        verify(mutualAid)
                .uploadAndPlan(
                        eq(ANALYST), eq(3L), eq(LocalDate.of(2026, 12, 1)), eq(5), eq("current-trends"), any(), any());
    }

    @Test
    void planAgainsBaselineReachesThePlan() throws Exception {
        when(mutualAid.start(eq(ANALYST), eq(4L), any(), any(), any(), any()))
                .thenReturn(RunControllerSliceTest.run(9, RunKind.MUTUAL_AID));
        mvc.perform(post("/mutual-aid/4/plans").param("seconds", "10").param("baseline", "current-trends"))
                .andExpect(redirectedUrl("/mutual-aid/plans/9"));
        verify(mutualAid).start(ANALYST, 4L, 10, null, null, "current-trends");
    }
}

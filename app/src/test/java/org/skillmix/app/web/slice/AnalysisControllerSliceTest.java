package org.skillmix.app.web.slice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.skillmix.app.web.slice.SliceFixtures.ANALYST;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.skillmix.app.web.analysis.AnalysisController;
import org.skillmix.app.web.analysis.AnalysisResults;
import org.skillmix.app.web.analysis.AnalysisService;
import org.skillmix.app.web.analysis.Upload;
import org.skillmix.app.web.api.Forbidden;
import org.skillmix.app.web.result.ResultService;
import org.skillmix.app.web.run.AnalysisRunSettings;
import org.skillmix.app.web.run.PortfolioRunSettings;
import org.skillmix.app.web.run.Run;
import org.skillmix.app.web.run.RunKind;
import org.skillmix.app.web.run.RunProgress;
import org.skillmix.app.web.run.RunStatus;
import org.skillmix.app.web.run.RunTimes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The analyses API (winter plans, bank fills, portfolios, designs) as Spring MVC serves it, without a server or a
 * database: how a multipart or JSON request reaches the service, how a file is answered and how a refusal reads.
 * Who may do what is AuthorizationMatrixTest's; that the files equal the command line's, FrontEndsAgreeTest's.
 */
@WebMvcTest(controllers = AnalysisController.class)
@AutoConfigureMockMvc(addFilters = false)
class AnalysisControllerSliceTest extends SignedInSlice {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    AnalysisService analyses;

    @MockitoBean
    AnalysisResults results;

    static Run run(long id, RunKind kind) {
        return SliceFixtures.run(
                id,
                kind,
                kind == RunKind.OPTIMISE ? new PortfolioRunSettings(1L) : new AnalysisRunSettings(),
                RunStatus.QUEUED,
                new RunProgress(0, 1, kind.progressUnit(), 1),
                null,
                new RunTimes(Instant.parse("2026-12-01T09:00:00Z"), null, null)); // queued: not started
    }

    @Test
    void aWinterPlanIsReadFromItsPartsWithTheSurgeFileAsUploaded() throws Exception {
        when(analyses.startWinter(eq(ANALYST), eq(3L), any(), any(), any(), any()))
                .thenReturn(run(11, RunKind.WINTER));
        byte[] surge = "service_code,capability_code,place_code,from_week,to_week,uplift,unit\n"
                .getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/api/datasets/3/winter-plans")
                        .file(new MockMultipartFile("surge", "C:\\plans\\surge-2026.csv", "text/csv", surge))
                        .param("from", "2026-12-07")
                        .param("weeks", "6")
                        .param("baseline", "current-trends"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(11))
                .andExpect(jsonPath("$.kind").value("WINTER"))
                .andExpect(jsonPath("$.seed").doesNotExist())
                .andExpect(jsonPath("$.progressUnit").value("steps"));
        ArgumentCaptor<Upload> file = ArgumentCaptor.forClass(Upload.class);
        verify(analyses)
                .startWinter(
                        eq(ANALYST),
                        eq(3L),
                        eq(LocalDate.of(2026, 12, 7)),
                        eq(6),
                        eq("current-trends"),
                        file.capture());
        // A Windows path in the file name is cut to the plain name.
        assertThat(file.getValue().name()).isEqualTo("surge-2026.csv");
        assertThat(file.getValue().content()).isEqualTo(surge);
    }

    @Test
    void aPortfolioIsReadIntoItsRequestRecordLeavingDefaultsNull() throws Exception {
        when(analyses.startOptimise(eq(ANALYST), eq(3L), any())).thenReturn(run(12, RunKind.OPTIMISE));
        mvc.perform(post("/api/datasets/3/portfolios")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"budgetGbp\":1500000,\"targetCapabilities\":[\"WOUND\"],\"draws\":50,"
                                + "\"baseline\":\"current-trends\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("OPTIMISE"));
        ArgumentCaptor<AnalysisService.NewPortfolio> request =
                ArgumentCaptor.forClass(AnalysisService.NewPortfolio.class);
        verify(analyses).startOptimise(eq(ANALYST), eq(3L), request.capture());
        assertThat(request.getValue())
                .isEqualTo(new AnalysisService.NewPortfolio(
                        1_500_000.0, null, null, List.of("WOUND"), null, null, 50, null, null, "current-trends"));
    }

    @Test
    void aFileIsAnAttachmentOfItsOwnNameAndType() throws Exception {
        when(results.download(ANALYST, 12, "portfolio.csv"))
                .thenReturn(new ResultService.Download(
                        "portfolio.csv", "text/csv;charset=UTF-8", "intervention_code\n".getBytes()));
        mvc.perform(get("/api/analyses/12/download/portfolio.csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"portfolio.csv\""))
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(content().string("intervention_code\n"));
    }

    @Test
    void aRefusedFileIs403WithTheReason() throws Exception {
        when(results.download(ANALYST, 13, "bank-fills.csv"))
                .thenThrow(new Forbidden(null, "the bank's fills name workers"));
        mvc.perform(get("/api/analyses/13/download/bank-fills.csv"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("the bank's fills name workers")));
    }
}

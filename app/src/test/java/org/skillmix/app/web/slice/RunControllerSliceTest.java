package org.skillmix.app.web.slice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.skillmix.app.web.slice.SliceFixtures.ANALYST;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.skillmix.app.web.api.Invalid;
import org.skillmix.app.web.api.NotFound;
import org.skillmix.app.web.run.MutualAidRunSettings;
import org.skillmix.app.web.run.ProjectionRunSettings;
import org.skillmix.app.web.run.Run;
import org.skillmix.app.web.run.RunController;
import org.skillmix.app.web.run.RunKind;
import org.skillmix.app.web.run.RunProgress;
import org.skillmix.app.web.run.RunService;
import org.skillmix.app.web.run.RunStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The runs API as Spring MVC serves it, without a server or a database: how a request is read into the service's
 * record, which status a refusal gives and what the run looks like in JSON. Who may do what is the full-stack
 * tests' (ApiTest, the access tests), so the security filters are off here.
 */
@WebMvcTest(controllers = RunController.class)
@AutoConfigureMockMvc(addFilters = false)
class RunControllerSliceTest extends SignedInSlice {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RunService runs;

    static Run run(long id, RunKind kind) {
        boolean plan = kind == RunKind.MUTUAL_AID;
        return SliceFixtures.run(
                id,
                kind,
                plan
                        ? new MutualAidRunSettings(4, 30, null, 20260401L, "funded-plan")
                        : new ProjectionRunSettings("baseline", 10, 1000, 20260401L, "funded-plan"),
                RunStatus.RUNNING,
                new RunProgress(plan ? 12 : 250, plan ? 30 : 1000, plan ? "seconds" : "draws", 0));
    }

    @Test
    void aNewRunIsReadIntoTheRequestRecordAndAnswered201() throws Exception {
        when(runs.start(eq(ANALYST), any())).thenReturn(run(7, RunKind.PROJECTION));
        mvc.perform(post("/api/runs")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"datasetId\":3,\"years\":5,\"draws\":0,\"scenario\":\"retain\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(7))
                .andExpect(jsonPath("$.progressUnit").value("draws"))
                .andExpect(jsonPath("$.percent").value(25));
        ArgumentCaptor<RunService.NewRun> request = ArgumentCaptor.forClass(RunService.NewRun.class);
        verify(runs).start(eq(ANALYST), request.capture());
        // What is not given stays null, for the use case's defaults (RunDefaults) to fill.
        assertThat(request.getValue()).isEqualTo(new RunService.NewRun(3L, 5, 0, null, "retain", null));
    }

    @Test
    void aMutualAidRunShowsItsOwnSettingsNotAProjectionsFields() throws Exception {
        when(runs.get(ANALYST, 9)).thenReturn(run(9, RunKind.MUTUAL_AID));
        mvc.perform(get("/api/runs/9"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.weeks").value(4))
                .andExpect(jsonPath("$.seconds").value(30))
                .andExpect(jsonPath("$.years").doesNotExist())
                .andExpect(jsonPath("$.draws").doesNotExist())
                // A plan's supply baseline is its own setting (the shortfalls of a surge of extra demand move with it).
                .andExpect(jsonPath("$.baseline").value("funded-plan"))
                .andExpect(jsonPath("$.progressUnit").value("seconds"))
                .andExpect(jsonPath("$.resultsPath").doesNotExist());
    }

    @Test
    void aSettingOutOfRangeIs400NamingTheField() throws Exception {
        when(runs.start(eq(ANALYST), any())).thenThrow(new Invalid("years", "years must be 1 to 30, not 99"));
        mvc.perform(post("/api/runs").contentType(MediaType.APPLICATION_JSON).content("{\"datasetId\":3,\"years\":99}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("years must be 1 to 30, not 99")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("\"years\"")));
    }

    @Test
    void anUnknownRunIs404() throws Exception {
        when(runs.get(ANALYST, 404)).thenThrow(new NotFound("runId", "no run 404"));
        mvc.perform(get("/api/runs/404"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("no run 404")));
    }
}

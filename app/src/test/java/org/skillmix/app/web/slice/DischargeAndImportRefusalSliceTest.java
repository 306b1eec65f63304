package org.skillmix.app.web.slice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.skillmix.app.web.slice.SliceFixtures.ANALYST;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillmix.app.web.api.Invalid;
import org.skillmix.app.web.discharge.DischargePages;
import org.skillmix.app.web.discharge.DischargeService;
import org.skillmix.app.web.discharge.DischargeStudies;
import org.skillmix.app.web.system.DatasetImports;
import org.skillmix.app.web.system.DatasetService;
import org.skillmix.app.web.system.PublishedData;
import org.skillmix.app.web.system.StoredDataset;
import org.skillmix.app.web.system.SystemPages;
import org.skillmix.usecase.discharge.DischargeQuestion;
import org.skillmix.usecase.discharge.DischargeQuestionUseCase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The two page forms that work on the server's published files, the discharge study and the dataset import,
 * refused: the page comes back under 400 with the error summary linked to the box the refusal names. (The shared
 * test server has no published files, so there they are refused before any setting is read.)
 */
@WebMvcTest(controllers = {DischargePages.class, SystemPages.class})
@AutoConfigureMockMvc(addFilters = false)
class DischargeAndImportRefusalSliceTest extends SignedInSlice {
    static final StoredDataset EXAMPLE =
            new StoredDataset(3, "example", "QOP", "Greater Manchester", "example", "0", 1, 1, 1, 1, 1, 0, "ana", null);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    DischargeService discharge;

    @MockitoBean
    DischargeStudies studies;

    @MockitoBean
    PublishedData published;

    @MockitoBean
    DatasetService datasets;

    @MockitoBean
    DatasetImports imports;

    @BeforeEach
    void thePublishedFilesAreConfigured() {
        when(published.configured()).thenReturn(true);
    }

    @Test
    void aRefusedDischargeStudyIsA400LinkedToItsSetting() throws Exception {
        when(discharge.answer(eq(ANALYST), eq(3L), any(), any(), any()))
                .thenReturn(new DischargeService.Answer(EXAMPLE, notAvailable()));
        when(studies.run(eq(ANALYST), any())).thenThrow(new Invalid("utilisation", "give a utilisation of 0 to 1"));
        MockHttpServletResponse page = mvc.perform(
                        post("/systems/3/discharge-studies").param("utilisation", "5"))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(summaryLink(page.getContentAsString())).isEqualTo("#utilisation");
    }

    @Test
    void aRefusedImportIsA400LinkedToTheNameBox() throws Exception {
        when(imports.importFor(eq(ANALYST), any(), any()))
                .thenThrow(new Invalid("name", "give a name of 1 to 120 characters"));
        when(datasets.get(eq(ANALYST), anyLong())).thenReturn(EXAMPLE);
        MockHttpServletResponse page = mvc.perform(post("/systems/imports").param("name", ""))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(summaryLink(page.getContentAsString())).isEqualTo("#import-name");
    }

    /** A dataset without discharge.csv: the question page says it cannot answer. */
    private static DischargeQuestionUseCase.Result notAvailable() {
        return DischargeQuestionUseCase.Result.notAvailable(DischargeQuestion.CARE_WORKERS, 0);
    }

    private static String summaryLink(String html) {
        Matcher m = Pattern.compile("nhsuk-error-summary__list\"[^>]*>\\s*<li><a href=\"([^\"]+)\"")
                .matcher(html);
        assertThat(m.find()).as("an error summary with a link to the field").isTrue();
        return m.group(1);
    }
}

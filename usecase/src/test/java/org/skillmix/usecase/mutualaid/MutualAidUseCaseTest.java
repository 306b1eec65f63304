package org.skillmix.usecase.mutualaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.mutualaid.MutualAidInputs;
import org.skillmix.usecase.Cancelled;
import org.skillmix.usecase.GmExample;
import org.skillmix.usecase.InvalidSetting;
import org.skillmix.usecase.Progress;

class MutualAidUseCaseTest {
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 12, 1);

    private static MutualAidUseCase.Result plan(long seed) throws Exception {
        SystemModel gm = GmExample.model();
        MutualAidRequest request = new MutualAidRequest(FIRST_DAY, 60, seed, 200);
        MutualAidUseCase mutualAid = new MutualAidUseCase();
        MutualAidInputs inputs = mutualAid.read(gm, GmExample.staff(), GmExample.surge(), request);
        return mutualAid.run(gm, inputs, request, Progress.NONE, best -> {});
    }

    @Test
    void theSameSeedAndStepLimitGiveTheSamePlanFileForFile() throws Exception {
        MutualAidUseCase.Result first = plan(20260401L);
        MutualAidUseCase.Result second = plan(20260401L);
        assertThat(first.outputs().names())
                .containsExactly(
                        MutualAidUseCase.PLAN_CSV,
                        MutualAidUseCase.DONOR_LOSSES_CSV,
                        MutualAidUseCase.COVER_CSV,
                        MutualAidUseCase.PLAN_HTML);
        for (String name : first.outputs().names()) {
            assertThat(second.outputs().bytes(name))
                    .as(name)
                    .isEqualTo(first.outputs().bytes(name));
        }
        assertThat(first.summary().moves()).isNotEmpty();
    }

    @Test
    void theDefaultSeedIsTheSharedOne() {
        assertThat(MutualAidRequest.of(FIRST_DAY, null, null, null).seed()).isEqualTo(20260401L);
        assertThat(MutualAidRequest.of(FIRST_DAY, null, null, null).seconds()).isEqualTo(10);
    }

    @Test
    void secondsOutsideOneToSixHundredAreRefusedNamingTheField() {
        assertThatThrownBy(() -> MutualAidRequest.of(FIRST_DAY, 601, null, null))
                .isInstanceOf(InvalidSetting.class)
                .hasMessage("search seconds must be 1 to 600, not 601")
                .extracting(e -> ((InvalidSetting) e).field())
                .isEqualTo("seconds");
        assertThatThrownBy(() -> MutualAidRequest.of(null, 10, null, null))
                .extracting(e -> ((InvalidSetting) e).field())
                .isEqualTo("firstDay");
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS) // a guard against a hang, not a timing claim
    void aCancelStopsTheSolverAtOnceAndKeepsNothing() throws Exception {
        SystemModel gm = GmExample.model();
        MutualAidRequest request = new MutualAidRequest(FIRST_DAY, 600, 1L, null);
        MutualAidUseCase mutualAid = new MutualAidUseCase();
        MutualAidInputs inputs = mutualAid.read(gm, GmExample.staff(), GmExample.surge(), request);
        CountDownLatch registered = new CountDownLatch(1);
        Runnable[] stop = {null};
        AtomicBoolean cancelled = new AtomicBoolean();
        Progress progress = new Progress() {
            @Override
            public void update(int done, int total) {}

            @Override
            public boolean cancelRequested() {
                return cancelled.get();
            }

            @Override
            public void whenCancelled(Runnable s) {
                stop[0] = s;
                registered.countDown();
            }
        };
        Thread canceller = new Thread(() -> {
            try {
                registered.await();
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
            cancelled.set(true);
            stop[0].run();
        });
        canceller.start();
        // Without the early termination the search would run its 600 s and the guard above would fail the test.
        assertThatThrownBy(() -> mutualAid.run(gm, inputs, request, progress, best -> {}))
                .isInstanceOf(Cancelled.class);
        canceller.join();
    }
}

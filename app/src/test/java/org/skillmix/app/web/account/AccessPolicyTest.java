package org.skillmix.app.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillmix.app.web.api.Forbidden;
import org.skillmix.app.web.api.Invalid;
import org.skillmix.app.web.api.NotFound;

/** The rules of AccessPolicy, one by one, without a server. */
class AccessPolicyTest {
    static final Account ADMIN = new Account("admin", AccessRole.ADMIN, null, null);
    static final Account ANALYST = new Account("a", AccessRole.ANALYST, "QOP", null);
    static final Account LEAD = new Account("l", AccessRole.ORG_LEAD, "QOP", "R0A");
    static final Account VIEWER = new Account("v", AccessRole.VIEWER, "QOP", null);
    /** Made before every account needed an ICB: it may do nothing. */
    static final Account NO_ICS = new Account("old", AccessRole.VIEWER, null, null);

    @Test
    void eachRoleHasItsPermissionsAndAnAccountWithoutAnIcsHasNone() {
        // Every permission but a guardian's (not even an administrator reads a speak-up concern), a partner
        // lead's decision on a plan (nobody decides for another organisation) and the ICS lead's publishing.
        assertThat(AccessPolicy.grants(AccessRole.ADMIN))
                .containsExactlyInAnyOrderElementsOf(java.util.EnumSet.complementOf(java.util.EnumSet.of(
                        Permission.ANSWER_SPEAK_UP_CASES, Permission.DECIDE_PLANS, Permission.PUBLISH_PLANS)));
        assertThat(AccessPolicy.grants(AccessRole.ANALYST))
                .doesNotContain(Permission.EVERY_SYSTEM, Permission.ANSWER_SPEAK_UP_CASES)
                .contains(Permission.READ_SPEAK_UP_THEMES);
        assertThat(AccessPolicy.grants(AccessRole.GUARDIAN)).containsExactly(Permission.ANSWER_SPEAK_UP_CASES);
        assertThat(AccessPolicy.grants(AccessRole.ORG_LEAD))
                .containsExactlyInAnyOrder(
                        Permission.READ_SYSTEMS,
                        Permission.PREVIEW_WHAT_IF,
                        Permission.HANDLE_STAFF_FILES,
                        Permission.READ_STAFF_MOVES,
                        Permission.DECIDE_PLANS);
        assertThat(AccessPolicy.grants(AccessRole.VIEWER))
                .containsExactlyInAnyOrder(
                        Permission.READ_SYSTEMS, Permission.READ_EVERY_ORGANISATION, Permission.PREVIEW_WHAT_IF);
        assertThat(AccessPolicy.may(NO_ICS, Permission.READ_SYSTEMS)).isFalse();
        assertThat(AccessPolicy.seesSystem(NO_ICS, "QOP")).isFalse();
        assertThatThrownBy(() -> AccessPolicy.requireUsable(NO_ICS)).isInstanceOf(Forbidden.class);
        assertThat(AccessPolicy.usable(new Account("l2", AccessRole.ORG_LEAD, "QOP", null)))
                .isFalse();
    }

    @Test
    void aDraftPlanIsTheIcsTeamsAndASharedOneItsPartnersAndViewers() {
        Account analyst = new Account("a", AccessRole.ANALYST, "QOP", null);
        java.util.List<String> partners = java.util.List.of("R0A", "RWJ");
        assertThat(AccessPolicy.seesPlan(analyst, "QOP", true, partners)).isTrue();
        assertThat(AccessPolicy.seesPlan(LEAD, "QOP", true, partners)).isFalse();
        assertThat(AccessPolicy.seesPlan(VIEWER, "QOP", true, partners)).isFalse();
        assertThat(AccessPolicy.seesPlan(LEAD, "QOP", false, partners)).isTrue();
        assertThat(AccessPolicy.seesPlan(LEAD, "QOP", false, java.util.List.of("RWJ")))
                .isFalse();
        assertThat(AccessPolicy.seesPlan(VIEWER, "QOP", false, partners)).isTrue();
        assertThat(AccessPolicy.seesPlan(analyst, "QKK", false, partners)).isFalse();
        // Only a partner's own lead decides its part; the ICS team comments but does not decide.
        assertThat(AccessPolicy.decidesFor(LEAD, partners)).isTrue();
        assertThat(AccessPolicy.decidesFor(LEAD, java.util.List.of("RWJ"))).isFalse();
        assertThat(AccessPolicy.decidesFor(analyst, partners)).isFalse();
        assertThat(AccessPolicy.commentsOn(analyst, partners)).isTrue();
        assertThat(AccessPolicy.commentsOn(VIEWER, partners)).isFalse();
        assertThatThrownBy(() -> AccessPolicy.requireManagesPlans(LEAD)).isInstanceOf(Forbidden.class);
    }

    @Test
    void aGuardianAnswersTheirOwnOrganisationsCasesAndSeesNoSystem() {
        Account guardian = new Account("g", AccessRole.GUARDIAN, "QOP", "RMC");
        assertThat(AccessPolicy.seesSystem(guardian, "QOP")).isFalse();
        // For a guardian, no system's things exist: the answer is a missing one's.
        assertThatThrownBy(() -> AccessPolicy.requireSystem(guardian, "QOP", "datasetId", "dataset 1"))
                .isInstanceOf(NotFound.class)
                .hasMessage("no dataset 1");
        for (boolean orgHasGuardian : new boolean[] {true, false}) {
            assertThat(AccessPolicy.answersSpeakUpCase(guardian, "QOP", "RMC", true))
                    .isTrue();
            assertThat(AccessPolicy.answersSpeakUpCase(guardian, "QOP", "R0A", orgHasGuardian))
                    .isFalse();
            assertThat(AccessPolicy.answersSpeakUpCase(guardian, "QKK", "RMC", orgHasGuardian))
                    .isFalse();
            assertThat(AccessPolicy.answersSpeakUpCase(ANALYST, "QOP", "RMC", orgHasGuardian))
                    .isFalse();
            assertThat(AccessPolicy.answersSpeakUpCase(ADMIN, "QOP", "RMC", orgHasGuardian))
                    .isFalse();
        }
        assertThat(AccessPolicy.usable(new Account("g2", AccessRole.GUARDIAN, "QOP", null)))
                .isFalse();
        assertThatThrownBy(() -> AccessPolicy.speakUpThemesIcb(guardian, null)).isInstanceOf(Forbidden.class);
    }

    @Test
    void theIcbsGuardianAnswersTheOrganisationsWithoutAGuardianOfTheirIcsOnly() {
        Account icb = new Account("g-icb", AccessRole.GUARDIAN, "QOP", "QOP");
        assertThat(AccessPolicy.answersSpeakUpCase(icb, "QOP", "QOP", true)).isTrue();
        assertThat(AccessPolicy.answersSpeakUpCase(icb, "QOP", "RMC", false)).isTrue();
        assertThat(AccessPolicy.answersSpeakUpCase(icb, "qop", "rmc", false)).isTrue();
        // An organisation with a guardian of its own is theirs alone.
        assertThat(AccessPolicy.answersSpeakUpCase(icb, "QOP", "RMC", true)).isFalse();
        // Another ICS's organisations are not the ICB's, guardian or none.
        assertThat(AccessPolicy.answersSpeakUpCase(icb, "QKK", "RMC", false)).isFalse();
        assertThat(AccessPolicy.answersSpeakUpCase(icb, "QKK", "QKK", false)).isFalse();
        // An organisation's guardian does not take on the organisations without one.
        Account rmc = new Account("g-rmc", AccessRole.GUARDIAN, "QOP", "RMC");
        assertThat(AccessPolicy.answersSpeakUpCase(rmc, "QOP", "R0A", false)).isFalse();
        // Nor does an organisation lead of the ICB's code, or anyone without the permission.
        Account lead = new Account("l-icb", AccessRole.ORG_LEAD, "QOP", "QOP");
        assertThat(AccessPolicy.answersSpeakUpCase(lead, "QOP", "RMC", false)).isFalse();
    }

    @Test
    void anAnalystReadsTheirIcsThemesAndAnAdministratorNamesOne() {
        assertThat(AccessPolicy.speakUpThemesIcb(ANALYST, null)).isEqualTo("QOP");
        assertThat(AccessPolicy.speakUpThemesIcb(ANALYST, " qop ")).isEqualTo("QOP");
        assertThatThrownBy(() -> AccessPolicy.speakUpThemesIcb(ANALYST, "QKK")).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> AccessPolicy.speakUpThemesIcb(ADMIN, null))
                .isInstanceOf(org.skillmix.app.web.api.Invalid.class);
        assertThat(AccessPolicy.speakUpThemesIcb(ADMIN, "qkk")).isEqualTo("QKK");
        assertThatThrownBy(() -> AccessPolicy.speakUpThemesIcb(VIEWER, null)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> AccessPolicy.speakUpThemesIcb(LEAD, null)).isInstanceOf(Forbidden.class);
    }

    @Test
    void anAccountSeesItsOwnIcsAndAnAdministratorEvery() {
        assertThat(AccessPolicy.seesSystem(ANALYST, "QOP")).isTrue();
        assertThat(AccessPolicy.seesSystem(ANALYST, "qop")).isTrue();
        assertThat(AccessPolicy.seesSystem(ANALYST, "QKK")).isFalse();
        assertThat(AccessPolicy.seesSystem(ANALYST, null)).isFalse();
        assertThat(AccessPolicy.seesSystem(ADMIN, "QKK")).isTrue();
        // Another ICS's dataset is answered as a missing one is, so ids reveal nothing.
        assertThatThrownBy(() -> AccessPolicy.requireSystem(VIEWER, "QKK", "datasetId", "dataset 7"))
                .isInstanceOf(NotFound.class)
                .hasMessage("no dataset 7");
        AccessPolicy.requireSystem(VIEWER, "QOP", "datasetId", "dataset 7");
    }

    @Test
    void anUploadGoesIntoTheUploadersIcsNeverTheFiles() {
        assertThat(AccessPolicy.icbOfUpload(ANALYST, " qop")).isEqualTo("QOP");
        assertThatThrownBy(() -> AccessPolicy.icbOfUpload(ANALYST, "QKK"))
                .isInstanceOf(Forbidden.class)
                .hasMessageContaining("QKK")
                .hasMessageContaining("QOP");
        assertThat(AccessPolicy.icbOfUpload(ADMIN, "QKK")).isEqualTo("QKK");
    }

    @Test
    void anOrganisationLeadSeesTheirOwnOrganisationAndTotals() {
        assertThat(AccessPolicy.seesOrganisation(LEAD, "R0A")).isTrue();
        assertThat(AccessPolicy.seesOrganisation(LEAD, "r0a")).isTrue();
        assertThat(AccessPolicy.seesOrganisation(LEAD, "RBV")).isFalse();
        assertThat(AccessPolicy.seesOrganisation(LEAD, "ALL")).isTrue();
        assertThat(AccessPolicy.seesOrganisation(VIEWER, "RBV")).isTrue();
        assertThat(AccessPolicy.seesEveryOrganisation(LEAD)).isFalse();
    }

    @Test
    void staffFilesAreTheLeadsOwnOrganisationsOnly() {
        AccessPolicy.requireOwnStaff(LEAD, List.of("R0A"));
        assertThatThrownBy(() -> AccessPolicy.requireOwnStaff(LEAD, List.of("R0A", "RBV")))
                .isInstanceOf(Forbidden.class)
                .hasMessageContaining("RBV");
        assertThatThrownBy(() -> AccessPolicy.requireOwnStaff(VIEWER, List.of()))
                .isInstanceOf(Forbidden.class);
        AccessPolicy.requireOwnStaff(ANALYST, List.of("R0A", "RBV"));
        assertThat(AccessPolicy.mayPlanFrom(LEAD, List.of("R0A"))).isTrue();
        assertThat(AccessPolicy.mayPlanFrom(LEAD, List.of("R0A", "RBV"))).isFalse();
        assertThat(AccessPolicy.mayPlanFrom(LEAD, null))
                .as("files stored before the rule")
                .isFalse();
        assertThat(AccessPolicy.mayPlanFrom(ANALYST, null)).isTrue();
        assertThat(AccessPolicy.mayCancel(LEAD, "l", true)).isTrue();
        assertThat(AccessPolicy.mayCancel(LEAD, "l", false)).isFalse();
        assertThat(AccessPolicy.mayDeleteStaffFiles(LEAD, "someone")).isFalse();
    }

    @Test
    void newAccountsBelongToAnIcsTheCreatorMayManage() {
        assertThat(AccessPolicy.icbOfNewAccount(ANALYST, AccessRole.VIEWER, null))
                .isEqualTo("QOP");
        assertThat(AccessPolicy.icbOfNewAccount(ANALYST, AccessRole.VIEWER, "qop"))
                .isEqualTo("QOP");
        assertThatThrownBy(() -> AccessPolicy.icbOfNewAccount(ANALYST, AccessRole.VIEWER, "QKK"))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> AccessPolicy.icbOfNewAccount(ANALYST, AccessRole.ADMIN, null))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> AccessPolicy.icbOfNewAccount(ADMIN, AccessRole.VIEWER, " "))
                .isInstanceOf(Invalid.class)
                .extracting(e -> ((Invalid) e).field())
                .isEqualTo("icbCode");
        assertThat(AccessPolicy.icbOfNewAccount(ADMIN, AccessRole.ANALYST, "qkk"))
                .isEqualTo("QKK");
        assertThat(AccessPolicy.icbOfNewAccount(ADMIN, AccessRole.ADMIN, null)).isNull();
        assertThat(AccessPolicy.seesAccount(ANALYST, new Account("x", AccessRole.VIEWER, "QKK", null)))
                .isFalse();
        assertThat(AccessPolicy.seesAccount(ANALYST, ADMIN)).isFalse();
        assertThat(AccessPolicy.seesAuditOf(ANALYST, null)).isFalse();
        assertThat(AccessPolicy.seesAuditOf(ADMIN, null)).isTrue();
    }

    /**
     * The ICS lead is an analyst who also publishes plans; nobody else publishes, not an analyst nor the
     * administrator, and only the administrator appoints or manages an ICS lead (whoever set their password could
     * publish in their name). The account forms offer only the roles the account may give.
     */
    @Test
    void onlyTheIcsLeadPublishesAndOnlyTheAdministratorAppointsThem() {
        java.util.Set<Permission> analyst = AccessPolicy.grants(AccessRole.ANALYST);
        java.util.Set<Permission> lead = AccessPolicy.grants(AccessRole.ICS_LEAD);
        assertThat(lead).containsAll(analyst).contains(Permission.PUBLISH_PLANS);
        assertThat(lead).hasSize(analyst.size() + 1);
        for (AccessRole role : AccessRole.values()) {
            assertThat(AccessPolicy.grants(role).contains(Permission.PUBLISH_PLANS))
                    .as(role.name())
                    .isEqualTo(role == AccessRole.ICS_LEAD);
        }
        Account icsLead = new Account("i", AccessRole.ICS_LEAD, "QOP", null);
        AccessPolicy.requirePublishesPlans(icsLead);
        for (Account other : List.of(ADMIN, ANALYST, LEAD, VIEWER)) {
            assertThatThrownBy(() -> AccessPolicy.requirePublishesPlans(other))
                    .as(other.username())
                    .isInstanceOf(Forbidden.class)
                    .hasMessageContaining("only the ICS lead publishes");
        }
        assertThatThrownBy(() -> AccessPolicy.icbOfNewAccount(ANALYST, AccessRole.ICS_LEAD, null))
                .isInstanceOf(Forbidden.class)
                .hasMessageContaining("publish the ICS's plans in their name");
        assertThatThrownBy(() -> AccessPolicy.requireManages(ANALYST, icsLead))
                .isInstanceOf(Forbidden.class)
                .hasMessageContaining("only the administrator appoints or manages the ICS lead");
        // An ICS lead manages accounts as an analyst does, and cannot make another ICS lead either.
        assertThatThrownBy(() -> AccessPolicy.icbOfNewAccount(icsLead, AccessRole.ICS_LEAD, null))
                .isInstanceOf(Forbidden.class);
        assertThat(AccessPolicy.icbOfNewAccount(ADMIN, AccessRole.ICS_LEAD, "QOP"))
                .isEqualTo("QOP");
        AccessPolicy.requireManages(ADMIN, icsLead);
        assertThat(java.util.Arrays.stream(AccessRole.values()).filter(r -> AccessPolicy.mayGive(ANALYST, r)))
                .containsExactly(AccessRole.ANALYST, AccessRole.ORG_LEAD, AccessRole.VIEWER);
        assertThat(java.util.Arrays.stream(AccessRole.values()).filter(r -> AccessPolicy.mayGive(ADMIN, r)))
                .containsExactly(AccessRole.values());
        assertThat(java.util.Arrays.stream(AccessRole.values()).filter(r -> AccessPolicy.mayGive(VIEWER, r)))
                .isEmpty();
    }

    /**
     * Whoever sets a guardian's password can sign in as the guardian and read the organisation's concerns, so an
     * analyst neither creates nor appoints a guardian, nor changes, disables or resets one; the administrator does.
     */
    @Test
    void onlyTheAdministratorCreatesOrManagesAGuardian() {
        Account guardian = new Account("g", AccessRole.GUARDIAN, "QOP", "RMC");
        assertThatThrownBy(() -> AccessPolicy.icbOfNewAccount(ANALYST, AccessRole.GUARDIAN, "QOP"))
                .isInstanceOf(Forbidden.class)
                .hasMessageContaining("only the administrator");
        assertThatThrownBy(() -> AccessPolicy.icbOfNewAccount(ANALYST, AccessRole.GUARDIAN, null))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> AccessPolicy.requireManages(ANALYST, guardian))
                .isInstanceOf(Forbidden.class)
                .hasMessageContaining("could read the organisation's concerns");
        assertThat(AccessPolicy.icbOfNewAccount(ADMIN, AccessRole.GUARDIAN, "QOP"))
                .isEqualTo("QOP");
        AccessPolicy.requireManages(ADMIN, guardian);
        // The analyst still manages everyone else of the ICS.
        assertThat(AccessPolicy.icbOfNewAccount(ANALYST, AccessRole.ORG_LEAD, null))
                .isEqualTo("QOP");
        AccessPolicy.requireManages(ANALYST, VIEWER);
    }
}

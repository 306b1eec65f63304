#!/usr/bin/env python3
"""Build examples/greater-manchester/ (Skillmix dataset format v1) from the shared data collection (../shared/data beside the repository).

Every figure is either read from a shared data file or is a documented published rate / default
(named in the row's `source`). Run: python3 build_gm.py OUTDIR
"""
import csv, glob, math, os, sys, calendar
from collections import defaultdict, OrderedDict

D = os.environ.get('SKILLMIX_SHARED_DATA', os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../../shared/data'))
OUT = sys.argv[1] if len(sys.argv) > 1 else 'out'
os.makedirs(OUT, exist_ok=True)

LAS = ['E08000001', 'E08000002', 'E08000003', 'E08000004', 'E08000005',
       'E08000006', 'E08000007', 'E08000008', 'E08000009', 'E08000010']
BANDS = ['0-4', '5-9', '10-14', '15-19', '20-24', '25-29', '30-34', '35-39', '40-44', '45-49',
         '50-54', '55-59', '60-64', '65-69', '70-74', '75-79', '80-84', '85+']
GM_TRUSTS = ['R0A', 'RBV', 'RM3', 'RMC', 'RMP', 'RRF', 'RT2', 'RWJ', 'RX7', 'RXV']
CENSUS = 'population-census2021-gm/census2021_population_by_sex_and_5yr_age_band_gm_local_authorities.csv'
MYE = 'population-mye-2023-la/ons_mid2023_population_by_single_year_of_age_uk_local_authorities.csv'


def fmt(x, nd=4):
    if isinstance(x, str):
        return x
    if x is None:
        return ''
    if abs(x - round(x)) < 1e-9 and nd <= 4 and abs(x) >= 1:
        return str(int(round(x)))
    s = f'{x:.{nd}f}'.rstrip('0').rstrip('.')
    return s if s not in ('-0', '') else '0'


def write(name, header, rows):
    with open(os.path.join(OUT, name), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(header)
        for r in rows:
            w.writerow([fmt(v) if not isinstance(v, str) else v for v in r])
    print(f'{name}: {len(rows)} rows')


def band_of_age(a):
    return BANDS[min(a // 5, 17)]


# ---------------------------------------------------------------- population
names = {}
census = defaultdict(float)   # (la, sex, band) -> persons
for r in csv.DictReader(open(f'{D}/{CENSUS}')):
    la = r['area_code']
    names[la] = r['area_name']
    if r['sex'] == 'Persons':
        continue
    sex = 'F' if r['sex'] == 'Females' else 'M'
    for i, b in enumerate(BANDS):
        if b == '85+':
            v = float(r['aged_85_to_89']) + float(r['aged_90_and_over'])
        else:
            lo, hi = b.split('-')
            v = float(r[f'aged_{lo}_to_{hi}'])
        census[(la, sex, b)] += v

mye_rows = {r['code']: r for r in csv.DictReader(open(f'{D}/{MYE}'))}
mye = defaultdict(float)      # (la, band) -> persons, mid-2023
for la in LAS:
    r = mye_rows[la]
    for a in range(90):
        mye[(la, band_of_age(a))] += float(r[str(a)])
    mye[(la, '85+')] += float(r['90+'])
    assert abs(sum(mye[(la, b)] for b in BANDS) - float(r['all'])) < 0.5

population = []
pop23 = defaultdict(float)    # (la, sex, band)
for la in LAS:
    for sex in ('F', 'M'):
        for b in BANDS:
            population.append([la, 2021, sex, b, census[(la, sex, b)],
                               f'{CENSUS}: Census 2021 (ONS, rounded to 100), {b if b != "85+" else "85-89 + 90+"}'])
for la in LAS:
    for sex in ('F', 'M'):
        for b in BANDS:
            tot = census[(la, 'F', b)] + census[(la, 'M', b)]
            share = census[(la, sex, b)] / tot
            v = mye[(la, b)] * share
            pop23[(la, sex, b)] = v
            population.append([la, 2023, sex, b, round(v, 1),
                               f'{MYE}: ONS mid-2023 persons summed over single years to the band, x {sex} share '
                               f'{share:.4f} of the band in Census 2021 for this LA'])

pop_la23 = {la: sum(pop23[(la, s, b)] for s in 'FM' for b in BANDS) for la in LAS}
gm_pop23 = sum(pop_la23.values())
eng_all = sum(float(r['all']) for c, r in mye_rows.items() if c.startswith('E'))
eng65 = sum(sum(float(r[str(a)]) for a in range(65, 90)) + float(r['90+'])
            for c, r in mye_rows.items() if c.startswith('E'))
la65 = {la: sum(pop23[(la, s, b)] for s in 'FM' for b in BANDS[13:]) for la in LAS}
NW = (['E06000006', 'E06000007', 'E06000008', 'E06000009', 'E06000049', 'E06000050', 'E06000063', 'E06000064']
      + [f'E070001{n}' for n in range(17, 29)] + [f'E080000{n:02d}' for n in range(1, 16)])
nw_pop = sum(float(mye_rows[c]['all']) for c in NW)
gm_nw_share = gm_pop23 / nw_pop
print(f'GM mid-2023 {gm_pop23:.0f}, England {eng_all:.0f}, NW {nw_pop:.0f} ({len(NW)} LAs), GM/NW {gm_nw_share:.4f}')

# ---------------------------------------------------------------- deprivation
imd = {}
for r in csv.DictReader(open(f'{D}/imd-2019/imd2019_england_lad19_summary.csv')):
    if r['lad_code'] in LAS:
        imd[r['lad_code']] = float(r['Score'])
REF_IMD = 21.67

# ---------------------------------------------------------------- sickness & trust FTE 2024-25
lost = defaultdict(float); avail = defaultdict(float); fte_months = defaultdict(list); tnames = {}
eng_lost = eng_avail = 0.0
for f in sorted(glob.glob(f'{D}/nhs-sickness-absence/nhs_sickness_absence_*.csv')):
    y, m = int(f[-11:-7]), int(f[-6:-4])
    days = calendar.monthrange(y, m)[1]
    for r in csv.DictReader(open(f)):
        if r['ORG_TYPE'] in ('Acute', 'Mental Health', 'Community Provider Trust', 'Ambulance'):
            eng_lost += float(r['FTE_DAYS_LOST']); eng_avail += float(r['FTE_DAYS_AVAILABLE'])
        c = r['ORG_CODE']
        if c in GM_TRUSTS:
            lost[c] += float(r['FTE_DAYS_LOST']); avail[c] += float(r['FTE_DAYS_AVAILABLE'])
            fte_months[c].append(float(r['FTE_DAYS_AVAILABLE']) / days)
            tnames[c] = r['ORG_NAME']; assert r['ICS_CODE'] == 'QOP'
sick = {c: lost[c] / avail[c] for c in GM_TRUSTS}
trust_fte = {c: sum(v) / len(v) for c, v in fte_months.items()}
eng_sick = eng_lost / eng_avail
SICK_SRC = 'nhs-sickness-absence/nhs_sickness_absence_2024-04..2025-03.csv: sum FTE_DAYS_LOST / sum FTE_DAYS_AVAILABLE over 12 months'
print('trust FTE 2024-25', {c: round(v) for c, v in trust_fte.items()})
print('sickness', {c: round(v, 4) for c, v in sick.items()}, 'England trusts', round(eng_sick, 4))

# trust names & home LA (ODS 2018 address town / trust HQ point)
points = {r['nhs_trust22_code']: r['nhs_trust22_name'] for r in csv.DictReader(open(f'{D}/geography-lookups/nhs_trust22_points.csv'))}
TRUST = OrderedDict([
    # code: (sector, home LA, why)
    ('R0A', ('acute', 'E08000003', 'HQ Cobbett House, Oxford Road, Manchester (ODS etrust 2018)')),
    ('RBV', ('acute', 'E08000003', 'HQ 550 Wilmslow Road, Withington, Manchester (ODS etrust 2018)')),
    ('RM3', ('acute', 'E08000006', 'HQ Salford Royal, Stott Lane, Salford (ODS etrust 2018)')),
    ('RMC', ('acute', 'E08000001', 'HQ Royal Bolton Hospital, Farnworth, Bolton (ODS etrust 2018)')),
    ('RMP', ('acute', 'E08000008', 'HQ Tameside General Hospital, Ashton-under-Lyne (ODS etrust 2018)')),
    ('RRF', ('acute', 'E08000010', 'HQ Royal Albert Edward Infirmary, Wigan (ODS etrust 2018)')),
    ('RT2', ('mental_health', 'E08000008', 'HQ 225 Old Street, Ashton-under-Lyne, Tameside (ODS etrust 2018)')),
    ('RWJ', ('acute', 'E08000007', 'HQ Stepping Hill Hospital, Stockport (ODS etrust 2018)')),
    ('RX7', ('ambulance', 'E08000001', 'HQ Ladybridge Hall, Chorley New Road, Bolton (ODS etrust 2018)')),
    ('RXV', ('mental_health', 'E08000002', 'HQ Prestwich Hospital, Bury New Road, Prestwich, Bury (ODS etrust 2018)')),
])
# community health services in GM are run by the integrated trusts; host trust per LA
CHS_HOST = {'E08000001': 'RMC', 'E08000002': 'RM3', 'E08000003': 'R0A', 'E08000004': 'RM3', 'E08000005': 'RM3',
            'E08000006': 'RM3', 'E08000007': 'RWJ', 'E08000008': 'RMP', 'E08000009': 'R0A', 'E08000010': 'RRF'}

# ---------------------------------------------------------------- HCHS 2018 staff-group mix
hchs = defaultdict(float)
for r in csv.DictReader(open(os.environ.get('HCHS_ORG_SG', 'hchs_org_sg.csv'))):
    if r['month'] == '2018-JUN':
        hchs[(r['org_code'], r['staff_group'])] += float(r['fte'])
PREDECESSOR = {c: [c] for c in GM_TRUSTS}
PREDECESSOR['RM3'] = ['RM3', 'RW6']   # NCA = Salford Royal + Pennine Acute (2021; N. Manchester went to MFT)
SG = ['Nurses & health visitors', 'Support to doctors, nurses & midwives', 'HCHS doctors',
      'Scientific, therapeutic & technical staff', 'Ambulance staff', 'Support to ambulance staff']
def mix(code):
    tot = sum(v for (o, g), v in hchs.items() if o in PREDECESSOR[code])
    return {g: sum(hchs[(o, g)] for o in PREDECESSOR[code]) / tot for g in SG}, tot
HCHS_SRC = ('nhs-hchs-staff-by-organisation xlsx (NHS Digital, June 2018): share of the trust\'s total FTE in the staff group'
            ' (summed over nationality{pred}) x 2024-25 mean FTE from sickness-absence FTE_DAYS_AVAILABLE/days')

# ---------------------------------------------------------------- roles
AFC = {  # NHS Employers AfC pay scales 2025/26 (from 1 April 2025): (min, max)
    '3': (24937, 26598), '4': (27485, 30162), '5': (31049, 37796), '6': (38682, 46580), '7': (47810, 54710)}
def nhs_cost(pay):   # employer pension 23.7% + employer NI 15% above GBP 5,000 (from April 2025)
    return pay * 1.237 + 0.15 * max(0, pay - 5000)
def asc_cost(pay):   # auto-enrolment employer pension 3% of qualifying earnings (6,240-50,270) + NI 15% above 5,000
    return pay + 0.03 * max(0, min(pay, 50270) - 6240) + 0.15 * max(0, pay - 5000)
NLW = 12.21   # National Living Wage from 1 April 2025
HRS_YEAR = 37.5 * 52.143
ROLES = OrderedDict()
def afc_role(code, name, sg, band, lead, note=''):
    lo, hi = AFC[band]; pay = round((lo + hi) / 2)
    ROLES[code] = dict(name=name, sg=sg, band=f'AfC {band}', pay=pay, cost=round(nhs_cost(pay)), hours=37.5, lead=lead,
                       source=f'NHS Employers AfC pay scales 2025/26: band {band} mid-point ({lo}+{hi})/2; cost = pay x 1.237 '
                              f'(NHS Pension employer 23.7%) + employer NI 15% above GBP 5,000 (April 2025){note}')
afc_role('RN_ADULT', 'Registered nurse (adult)', 'Nurses & health visitors', '5', 36, '; lead time = 3-year pre-registration degree')
afc_role('RN_MH', 'Registered nurse (mental health)', 'Nurses & health visitors', '5', 36, '; lead time = 3-year pre-registration degree')
afc_role('NURSING_ASSOC', 'Nursing associate', 'Support to doctors, nurses & midwives', '4', 24, '; lead time = 2-year apprenticeship')
afc_role('HCSW', 'Healthcare support worker', 'Support to doctors, nurses & midwives', '3', 3, '; lead time = Care Certificate induction (~12 weeks)')
afc_role('PARAMEDIC', 'Paramedic', 'Ambulance staff', '6', 36, '; lead time = 3-year degree')
afc_role('ECA', 'Emergency care assistant / ambulance technician', 'Ambulance staff', '4', 6, '; lead time ~6 months in-house course')
afc_role('PRACTICE_NURSE', 'General practice nurse', 'Nurses', '6', 36, '; AfC-equivalent (practices set own pay); lead time = RN degree')
afc_role('PHARMACIST', 'Clinical pharmacist', 'Scientific, therapeutic & technical staff', '7', 60, '; lead time = 4-year MPharm + foundation year')
afc_role('PA', 'Physician associate', 'Other direct patient care', '7', 24, '; lead time = 2-year postgraduate diploma')
afc_role('AHP', 'Allied health professional (OT / physiotherapist)', 'Scientific, therapeutic & technical staff', '6', 36, '; lead time = 3-year degree')
afc_role('DIAG_PRACT', 'Diagnostic practitioner (radiographer / healthcare scientist)', 'Scientific, therapeutic & technical staff', '6', 36, '; lead time = 3-year degree')
afc_role('CARE_COORDINATOR', 'Care coordinator / digital practitioner', 'Other direct patient care', '4', 3, '; PCN ARRS role, AfC-equivalent')
ROLES['DOCTOR'] = dict(name='Hospital doctor (all grades)', sg='HCHS doctors', band='Medical & dental', pay=75000,
                       cost=round(nhs_cost(75000)), hours=40, lead=84,
                       source='Documented default: GBP 75,000 approximates the mean basic pay across HCHS doctor grades '
                              '(resident doctor pay points GBP 38,831-70,425 and consultant GBP 109,725-145,478, DDRB 2025/26 award); '
                              'on-costs as AfC; 40 h/week; lead time = 5-year degree + 2-year foundation programme')
ROLES['GP'] = dict(name='General practitioner', sg='GPs', band='Salaried GP', pay=95390, cost=round(nhs_cost(95390)), hours=37.5, lead=120,
                   source='Salaried GP range 2025/26 GBP 76,037-114,743 (2024/25 BMA model contract range +4%, DDRB 2025/26) mid-point; '
                          'on-costs as AfC (NHS Pension 23.7% + NI); GP FTE = 37.5 h (NHS England GP workforce); lead time = '
                          '5-year degree + 2-year foundation + 3-year GP training')
cw_pay = round(NLW * HRS_YEAR); scw_pay = round(13.00 * HRS_YEAR)
ROLES['CARE_WORKER'] = dict(name='Care worker', sg='Adult social care: direct care', band='NLW', pay=cw_pay, cost=round(asc_cost(cw_pay)),
                            hours=37.5, lead=0,
                            source=f'National Living Wage GBP {NLW}/h from 1 April 2025 x 37.5 h x 52.143 weeks (Skills for Care: care worker '
                                   'median pay sits at or just above the NLW); cost = + employer NI 15% above GBP 5,000 + 3% auto-enrolment pension')
ROLES['SENIOR_CARE_WORKER'] = dict(name='Senior care worker', sg='Adult social care: direct care', band='NLW+', pay=scw_pay,
                                   cost=round(asc_cost(scw_pay)), hours=37.5, lead=6,
                                   source='Documented default: GBP 13.00/h (~6% above NLW; Skills for Care reports senior care worker median pay a '
                                          'little above care workers) x 37.5 h x 52.143; on-costs as care worker; lead ~6 months (Level 3 diploma)')
ROLES['REG_MANAGER'] = dict(name='Registered manager (social care)', sg='Adult social care: managers', band='ASC manager', pay=40000,
                            cost=round(asc_cost(40000)), hours=37.5, lead=12,
                            source='Documented default: GBP 40,000 ~ Skills for Care registered manager mean pay 2023/24 (~GBP 38,000-40,000); '
                                   'on-costs as care worker; lead ~12 months (Level 5 diploma)')
ORDER = ['RN_ADULT', 'RN_MH', 'NURSING_ASSOC', 'HCSW', 'DOCTOR', 'GP', 'PARAMEDIC', 'ECA', 'PRACTICE_NURSE', 'PHARMACIST', 'PA',
         'AHP', 'DIAG_PRACT', 'CARE_COORDINATOR', 'CARE_WORKER', 'SENIOR_CARE_WORKER', 'REG_MANAGER']
ROLES = OrderedDict((k, ROLES[k]) for k in ORDER)

# ---------------------------------------------------------------- capabilities
WD = 52.143 * 5   # 260.7 working days
def H(deduct, hours=37.5):
    return round((WD - deduct) * hours / 5 / 12, 1)
H_AFC = H(29 + 8 + 5 + 15); H_MED = H(30 + 8 + 10 + 10); H_ASC = H(28 + 3 + 12)
SRC_AFC = ('37.5 h x 52.143 wk = 260.7 days a year less 29 days annual leave (AfC, 5-10 years service; NHS Employers Handbook s.13) '
           '- 8 bank holidays - 5 days statutory/mandatory training - 15 days other non-patient time (supervision, CPD, handover) '
           f'= 203.7 days x 7.5 h / 12 = {H_AFC} h (0.78 of 162.9 h)')
SRC_MED = (f'260.7 days less 30 days leave - 8 bank holidays - 10 days study leave (consultant/resident terms) - 10 days other = 202.7 days '
           f'x 7.5 h / 12 = {H_MED} h')
SRC_ASC = (f'Mostly delivered by care workers: 260.7 days less 28 days statutory leave incl. bank holidays (5.6 weeks, Working Time '
           f'Regulations) - 3 days training - 12 days other non-contact time = 217.7 days x 7.5 h / 12 = {H_ASC} h; homecare travel '
           'time is in capability_hours, not here')
CAPS = OrderedDict([
    ('MEDS', ('Medicines administration', H_AFC, SRC_AFC)),
    ('WOUND', ('Wound care', H_AFC, SRC_AFC)),
    ('INSULIN', ('Insulin administration', H_AFC, SRC_AFC)),
    ('TRIAGE', ('Triage and assessment', H_AFC, SRC_AFC)),
    ('PERSONAL', ('Personal care', H_ASC, SRC_ASC)),
    ('MH_ASSESS', ('Mental health assessment and care', H_AFC, SRC_AFC)),
    ('PRESCRIBE', ('Prescribing and medicines review', H_AFC, SRC_AFC)),
    ('DIGITAL', ('Digital / remote consultation', H_AFC, SRC_AFC)),
    ('ACUTE_NURSING', ('Acute nursing care (observation, monitoring, escalation)', H_AFC, SRC_AFC)),
    ('EMERGENCY', ('Emergency response and pre-hospital care', H_AFC, SRC_AFC)),
    ('DIAGNOSTICS', ('Diagnostics (imaging, tests, radiotherapy delivery)', H_AFC, SRC_AFC)),
    ('REHAB', ('Therapy and rehabilitation', H_AFC, SRC_AFC)),
    ('CARE_COORD', ('Care coordination and navigation', H_AFC, SRC_AFC)),
    ('EOL', ('End-of-life care', H_AFC, SRC_AFC)),
    ('MEDICAL', ('Medical assessment, diagnosis and treatment', H_MED, SRC_MED)),
])

# ---------------------------------------------------------------- role capabilities (max shares; documented judgement)
RC = OrderedDict([
    ('RN_ADULT', dict(ACUTE_NURSING=0.8, MEDS=0.5, WOUND=0.4, TRIAGE=0.4, INSULIN=0.2, EOL=0.3, CARE_COORD=0.3, PERSONAL=0.3,
                      DIGITAL=0.2, PRESCRIBE=0.1, MH_ASSESS=0.1)),
    ('RN_MH', dict(MH_ASSESS=0.9, MEDS=0.4, CARE_COORD=0.4, TRIAGE=0.3, DIGITAL=0.2, PERSONAL=0.2, PRESCRIBE=0.1)),
    ('NURSING_ASSOC', dict(ACUTE_NURSING=0.6, MEDS=0.4, WOUND=0.4, PERSONAL=0.4, INSULIN=0.2, MH_ASSESS=0.2, EOL=0.2)),
    ('HCSW', dict(PERSONAL=0.9, ACUTE_NURSING=0.3, WOUND=0.15, CARE_COORD=0.1, DIAGNOSTICS=0.1, EOL=0.2, MH_ASSESS=0.2)),
    ('DOCTOR', dict(MEDICAL=1.0, PRESCRIBE=0.4, TRIAGE=0.3, DIAGNOSTICS=0.3, MH_ASSESS=0.3, EOL=0.1)),
    ('GP', dict(MEDICAL=0.9, PRESCRIBE=0.5, TRIAGE=0.4, DIGITAL=0.3, MH_ASSESS=0.2, EOL=0.1)),
    ('PARAMEDIC', dict(EMERGENCY=1.0, TRIAGE=0.5, MEDS=0.2, MEDICAL=0.3, DIGITAL=0.2)),
    ('ECA', dict(EMERGENCY=0.9, PERSONAL=0.3)),
    ('PRACTICE_NURSE', dict(TRIAGE=0.4, MEDS=0.4, WOUND=0.3, INSULIN=0.3, PRESCRIBE=0.3, DIGITAL=0.2, CARE_COORD=0.2)),
    ('PHARMACIST', dict(PRESCRIBE=0.9, MEDS=0.6, DIGITAL=0.3, CARE_COORD=0.2)),
    ('PA', dict(MEDICAL=0.8, TRIAGE=0.5, DIAGNOSTICS=0.1, DIGITAL=0.2)),
    ('AHP', dict(REHAB=1.0, TRIAGE=0.3, CARE_COORD=0.2, MH_ASSESS=0.1)),
    ('DIAG_PRACT', dict(DIAGNOSTICS=1.0, TRIAGE=0.1)),
    ('CARE_COORDINATOR', dict(CARE_COORD=1.0, DIGITAL=0.6)),
    ('CARE_WORKER', dict(PERSONAL=1.0, MEDS=0.2, EOL=0.15)),
    ('SENIOR_CARE_WORKER', dict(PERSONAL=0.7, MEDS=0.4, CARE_COORD=0.3, EOL=0.2, WOUND=0.1, INSULIN=0.1)),
    ('REG_MANAGER', dict(CARE_COORD=1.0, TRIAGE=0.2, MEDS=0.1)),
])

# ---------------------------------------------------------------- organisations & workforce
orgs = []          # (code, name, sector, place, source)
wf = {}            # (org, role) -> dict(fte, src)
def add_wf(org, role, fte, src):
    if fte < 0.5:   # lines under half an FTE (e.g. NWAS doctors x GM share) are left out
        return
    k = (org, role)
    if k in wf:
        wf[k]['fte'] += fte; wf[k]['src'] += ' + ' + src
    else:
        wf[k] = dict(fte=fte, src=src)

# NHS trusts: staff-group FTE = 2024-25 total FTE x June 2018 share; NWAS x GM population share of the North West
trust_sg = {}
for c, (sector, la, why) in TRUST.items():
    m, tot18 = mix(c)
    scale = trust_fte[c] * (gm_nw_share if c == 'RX7' else 1.0)
    trust_sg[c] = {g: m[g] * scale for g in SG}
    orgs.append((c, points[c], sector, la, f'ODS {c}; name from geography-lookups/nhs_trust22_points.csv; ICB QOP per '
                 f'nhs-sickness-absence ICS_CODE; home place: {why}'))

# split staff groups into roles (documented shares)
SPLIT = {
    'acute': {'Nurses & health visitors': {'RN_ADULT': 0.96, 'NURSING_ASSOC': 0.04},
              'Support to doctors, nurses & midwives': {'HCSW': 0.97, 'NURSING_ASSOC': 0.03},
              'HCHS doctors': {'DOCTOR': 1.0},
              'Scientific, therapeutic & technical staff': {'AHP': 0.45, 'DIAG_PRACT': 0.40, 'PHARMACIST': 0.10},
              'Ambulance staff': {'PARAMEDIC': 1.0}},
    'mental_health': {'Nurses & health visitors': {'RN_MH': 0.86, 'RN_ADULT': 0.10, 'NURSING_ASSOC': 0.04},
                      'Support to doctors, nurses & midwives': {'HCSW': 0.97, 'NURSING_ASSOC': 0.03},
                      'HCHS doctors': {'DOCTOR': 1.0},
                      'Scientific, therapeutic & technical staff': {'AHP': 0.30, 'PHARMACIST': 0.08}},
    'ambulance': {'Ambulance staff': {'PARAMEDIC': 0.70, 'ECA': 0.30},
                  'Support to ambulance staff': {'ECA': 0.35},
                  'Nurses & health visitors': {'RN_ADULT': 1.0},
                  'HCHS doctors': {'DOCTOR': 1.0}},
}
SPLIT_NOTE = {
    'acute': 'nurses 96% RN adult / 4% nursing associate; support staff 97% HCSW / 3% NA (NAs ~3-4% of NHS nursing workforce, '
             'NHS Workforce Statistics 2024); ST&T 45% AHP, 40% diagnostic (radiographers, healthcare scientists), 10% pharmacists, '
             '5% other not modelled',
    'mental_health': 'nurses 86% RN mental health / 10% RN adult / 4% NA; support 97% HCSW / 3% NA; ST&T 30% AHP, 8% pharmacists '
                     '(psychological professions and other ST&T not modelled)',
    'ambulance': 'ambulance staff 70% paramedic / 30% technician-ECA; support to ambulance staff 35% ECA (rest call handlers/control, '
                 'not modelled)',
}
CHS_NURSE_SHARE, CHS_AHP_SHARE = 0.10, 0.20
CHS_NOTE = (f'community carve-out: {CHS_NURSE_SHARE:.0%} of the host trust\'s nurses/NA/HCSW and {CHS_AHP_SHARE:.0%} of its AHPs '
            '(documented default: NHS Workforce Statistics put roughly 10-15% of HCHS nurses in community services; GM community services '
            'are run by the integrated trusts), split between the LAs a host serves by mid-2023 population')
chs_pool = defaultdict(lambda: defaultdict(float))   # host -> role -> FTE carved out
for c, (sector, la, why) in TRUST.items():
    pred = ' of RM3+RW6 (NCA predecessors)' if c == 'RM3' else ''
    extra = f'; x GM share of North West population {gm_nw_share:.3f} (NWAS serves the NW region; MYE 2023)' if c == 'RX7' else ''
    parts = defaultdict(list); fte_by_role = defaultdict(float)
    for g, split in SPLIT[sector].items():
        for role, share in split.items():
            fte = trust_sg[c][g] * share
            if c in CHS_HOST.values() and role in ('RN_ADULT', 'NURSING_ASSOC', 'HCSW', 'AHP'):
                carve = fte * (CHS_AHP_SHARE if role == 'AHP' else CHS_NURSE_SHARE)
                chs_pool[c][role] += carve; fte -= carve
            fte_by_role[role] += fte; parts[role].append(f'{share:.0%} of {g}')
    for role, fte in fte_by_role.items():
        carved = c in CHS_HOST.values() and role in ('RN_ADULT', 'NURSING_ASSOC', 'HCSW', 'AHP')
        add_wf(c, role, fte, HCHS_SRC.format(pred=pred) + extra + '; role = ' + ' + '.join(parts[role])
               + ' (split: ' + SPLIT_NOTE[sector] + ')' + ('; less the ' + CHS_NOTE if carved else ''))

HOSTNAME = {'R0A': 'MFT', 'RM3': 'NCA', 'RMC': 'Bolton FT', 'RWJ': 'Stockport FT', 'RMP': 'Tameside & Glossop ICFT', 'RRF': 'WWL'}
for la in LAS:
    host = CHS_HOST[la]
    las = [l for l in LAS if CHS_HOST[l] == host]
    share = pop_la23[la] / sum(pop_la23[l] for l in las)
    code = f'CHS-{la}'
    orgs.append((code, f'Community health services, {names[la]} ({HOSTNAME[host]})', 'community', la,
                 f'Aggregate defined by this dataset: community services of {host} in {names[la]}'))
    for role, v in chs_pool[host].items():
        add_wf(code, role, v * share, f'{CHS_NOTE}; host {host}, {names[la]} share {share:.3f} of the host\'s LAs; host FTE from ' + HCHS_SRC.format(pred=' of RM3+RW6' if host == 'RM3' else ''))

# primary care: per-capita national GP workforce + real PCN slice
sicbl = {}
for r in csv.DictReader(open(f'{D}/geography-lookups/lsoa11_sicbl22_icb22_ltla22.csv')):
    if r['icb22_code_h'] == 'QOP':
        sicbl[r['sicbl22_code_h']] = r['ltla22_code']
PCN_MAP = {'Pharmacists': 'PHARMACIST', 'Advanced Pharmacist Practitioners': 'PHARMACIST', 'Physician Associates': 'PA',
           'Paramedics': 'PARAMEDIC', 'Advanced Paramedic Practitioners': 'PARAMEDIC', 'Physiotherapists': 'AHP', 'Therapists': 'AHP',
           'Dieticians': 'AHP', 'Nursing Associates': 'NURSING_ASSOC', 'Trainee Nursing Associates': 'NURSING_ASSOC',
           'Care Coordinators': 'CARE_COORDINATOR', 'Social Prescribing Link Workers': 'CARE_COORDINATOR',
           'Health and Wellbeing Coaches': 'CARE_COORDINATOR'}
pcn = defaultdict(float); pcn_unmapped = 0.0; pcn_names = defaultdict(set)
PCN_FILE = 'gp-pcn-workforce/pcn_workforce_individual_level_2022-09_QOP_GreaterManchester.csv'
for r in csv.DictReader(open(f'{D}/{PCN_FILE}', encoding='cp1252')):
    la = sicbl[r['SUB_ICB_CODE']]
    role = PCN_MAP.get(r['STAFF_ROLE'])
    pcn_names[la].add(r['PCN_CODE'])
    if role:
        pcn[(la, role)] += float(r['FTE'])
    else:
        pcn_unmapped += float(r['FTE'])
eng_pcn = sum(float(r['FTE']) for r in csv.DictReader(open(f'{D}/gp-pcn-workforce/pcn_workforce_individual_level_2022-09_England.csv', encoding='cp1252')))
gm_pcn = sum(pcn.values()) + pcn_unmapped
print(f'PCN FTE GM {gm_pcn:.1f} ({gm_pcn/eng_pcn:.3%} of England {eng_pcn:.0f}); unmapped {pcn_unmapped:.1f}')
GPW = {'GP': (28000, 'fully qualified GPs'), 'PRACTICE_NURSE': (17500, 'nurses'), 'HCSW': (9000, 'HCAs and other nursing-support direct patient care staff')}
for la in LAS:
    code = f'PC-{la}'
    orgs.append((code, f'General practice and PCNs, {names[la]}', 'primary_care', la,
                 f'Aggregate defined by this dataset: the practices of {names[la]} and its {len(pcn_names[la])} PCNs in {PCN_FILE}'))
    for role, (nat, what) in GPW.items():
        add_wf(code, role, nat * pop_la23[la] / eng_all,
               f'Documented default: England practice-employed FTE {what} ~{nat:,} (NHS England General Practice Workforce, '
               f'March 2025, rounded) x LA share of England mid-2023 population ({pop_la23[la]:.0f}/{eng_all:.0f})')
    for role in ('PHARMACIST', 'PA', 'PARAMEDIC', 'AHP', 'NURSING_ASSOC', 'CARE_COORDINATOR'):
        v = pcn[(la, role)]
        add_wf(code, role, v, f'{PCN_FILE}: sum of FTE of PCN-employed staff whose STAFF_ROLE maps to {role} in PCNs of sub-ICB '
                              f'location(s) in this LA (geography-lookups sicbl22_code_h -> ltla22_code); Sept 2022, under-counts '
                              'ARRS staff employed via practices/federations')

# adult social care per LA: national FTE scaled by population 65+
ASC_FTE_ENG = 1_100_000
ASC_SHARE = {'CARE_WORKER': 0.58, 'SENIOR_CARE_WORKER': 0.08, 'RN_ADULT': 0.025, 'REG_MANAGER': 0.018}
asc = {r['LAD19CD']: r for r in csv.DictReader(open(f'{D}/asc-workforce-la-derived/DERIVED_adult_social_care_workforce_by_lad19_2019-20.csv'))}
ASC_FILE = 'asc-workforce-la-derived/DERIVED_adult_social_care_workforce_by_lad19_2019-20.csv'
for la in LAS:
    code = f'ASC-{la}'
    orgs.append((code, f'Adult social care providers, {names[la]}', 'adult_social_care', la,
                 'Aggregate defined by this dataset: CQC-registered care homes and homecare agencies and LA in-house '
                 f'provision in {names[la]} (care-homes-cqc-gm lists the care homes)'))
    for role, sh in ASC_SHARE.items():
        add_wf(code, role, ASC_FTE_ENG * sh * la65[la] / eng65,
               f'Documented default: England adult social care ~{ASC_FTE_ENG:,} FTE (Skills for Care, size and structure 2024, '
               f'~1.5m filled posts, 2023/24) x {sh:.1%} {role} share of FTE (Skills for Care job-role mix, approx.) x LA share of '
               f'England population 65+ mid-2023 ({la65[la]:.0f}/{eng65:.0f}); the exact Skills for Care LA estimate is not in the shared data')

# ---------------------------------------------------------------- workforce table rows
NHS_VAC = {'RN_ADULT': 0.07, 'RN_MH': 0.07, 'NURSING_ASSOC': 0.07, 'PRACTICE_NURSE': 0.07, 'DOCTOR': 0.055, 'GP': 0.05}
VAC_SRC = ('NHS Vacancy Statistics England (NHS England, quarterly to March 2025): nursing ~7%, medical ~5.5%, all other staff ~8% '
           '(national rates, rounded); vacancy_fte = fte x r/(1-r)')
sickness_org = {}
for c in TRUST:
    sickness_org[c] = (sick[c], SICK_SRC + f' for {c}')
for la in LAS:
    sickness_org[f'CHS-{la}'] = (sick[CHS_HOST[la]], SICK_SRC + f' for host trust {CHS_HOST[la]}')
    sickness_org[f'PC-{la}'] = (eng_sick, 'Documented default: no general-practice sickness statistics; all English trusts\' 12-month rate '
                                           '(' + SICK_SRC + ')')
    days = float(asc[la]['Mean sickness days'])
    sickness_org[f'ASC-{la}'] = (days / 217.7, f'{ASC_FILE}: Mean sickness days {days:.2f} (Skills for Care 2019/20) / 217.7 working days a year')
sector_of = {o[0]: o[2] for o in orgs}
FILL_SRC = ('fill rate calibrated so the published vacancy rate v is the steady state with the leaver rate: monthly fill '
            'f = h(1-v)/v with h = 1-(1-leaver rate)^(1/12), annual fill = 1-(1-f)^12; interval from 0.8f to 1.2f')


def steady_state_fill(leaver_rate, vacancy_rate):
    # Nobody publishes fill rates; the vacancy rate is observed and roughly stable, so the fill rate that
    # keeps it stable given the leaver rate is the one consistent with the published figures.
    h = 1 - (1 - leaver_rate) ** (1 / 12)
    f = h * (1 - vacancy_rate) / vacancy_rate
    annual = lambda m: round(1 - (1 - min(m, 0.95)) ** 12, 3)
    return (annual(0.8 * f), annual(f), annual(1.2 * f))


wf_rows = []
for (org, role), v in wf.items():
    fte = v['fte']; sector = sector_of[org]
    sk, sk_src = sickness_org[org]
    if sector == 'adult_social_care':
        la = org[4:]
        vr = float(asc[la]['Vacancy rate']); to = float(asc[la]['Staff turnover rate'])
        vac = fte * vr / (1 - vr)
        leav = (round(to * 0.85, 3), round(to, 3), round(min(0.6, to * 1.25), 3))
        fill = steady_state_fill(leav[1], vr)
        bank, agency = 0.0, fte * 0.01
        extra = (f'; vacancy {vr:.3f} and turnover {to:.3f} from {ASC_FILE} (Skills for Care 2019/20, unweighted mean over 6 job roles; '
                 'turnover counts moves between providers, so it overstates exits from the system); interval 0.85x-1.25x; '
                 'agency 1% of FTE documented default; ' + FILL_SRC)
    else:
        vr = NHS_VAC.get(role, 0.08)
        vac = fte * vr / (1 - vr)
        if role == 'HCSW':
            leav = (0.11, 0.13, 0.15)
        else:
            leav = (0.08, 0.091, 0.105)
        if role in ('RN_ADULT', 'RN_MH', 'HCSW', 'NURSING_ASSOC'):
            bank, agency = fte * 0.06, fte * 0.015
        elif role == 'DOCTOR':
            bank, agency = fte * 0.03, fte * 0.03
        elif sector == 'primary_care' and role == 'GP':
            bank, agency = fte * 0.05, 0.0
        else:
            bank, agency = fte * 0.02, fte * 0.01
        fill = steady_state_fill(leav[1], vr)
        extra = ('; ' + VAC_SRC + '; leaver rate: NHS leaver rate ~9.1% a year (NHS England / NHS LTWP 2023) as 0.08/0.091/0.105'
                 + (', HCSW 0.11/0.13/0.15 (HCSW leaver rates ~13%, NHS England HCSW programme)' if role == 'HCSW' else '')
                 + '; bank/agency: nursing & HCSW 6%/1.5% of FTE in post, doctors 3%/3%, others 2%/1% (documented defaults, in line with '
                   'NHS bank ~6-7% and agency ~1-2% of pay bill after the 2023/24 agency reductions); ' + FILL_SRC)
    wf_rows.append([org, role, '', round(fte, 1), round(vac, 1), round(bank, 1), round(agency, 1), round(sk, 4),
                    leav[0], leav[1], leav[2], fill[0], fill[1], fill[2],
                    f'FTE: {v["src"]}; sickness: {sk_src}{extra}'])
wf_rows.sort(key=lambda r: ([o[0] for o in orgs].index(r[0]), ORDER.index(r[1])))

# ---------------------------------------------------------------- services & utilisation profiles
# u profiles per age band (per person-year): relative shapes approximating national published age profiles
U = OrderedDict()
U['UEC'] = [0.55, 0.30, 0.30, 0.42, 0.45, 0.40, 0.37, 0.35, 0.33, 0.32, 0.32, 0.32, 0.33, 0.35, 0.40, 0.50, 0.65, 1.00]
U['ACUTE_IP'] = [0.35, 0.08, 0.08, 0.12, 0.15, 0.18, 0.20, 0.20, 0.22, 0.28, 0.38, 0.50, 0.70, 0.95, 1.40, 2.10, 3.20, 5.20]
U['CANCER'] = [x * 50 / 100000 for x in [20, 20, 20, 30, 40, 60, 90, 140, 220, 340, 520, 780, 1150, 1600, 2100, 2500, 2800, 2900]]
U['DIAG'] = [0.25, 0.15, 0.20, 0.30, 0.35, 0.40, 0.45, 0.48, 0.50, 0.60, 0.70, 0.85, 1.00, 1.20, 1.40, 1.60, 1.70, 1.70]
U['COMM_NURSING'] = [0.05, 0.02, 0.02, 0.03, 0.04, 0.05, 0.05, 0.06, 0.07, 0.10, 0.14, 0.20, 0.30, 0.50, 0.90, 1.80, 3.50, 8.00]
U['REHAB'] = [0.20, 0.15, 0.10, 0.10, 0.10, 0.12, 0.14, 0.16, 0.18, 0.22, 0.28, 0.35, 0.45, 0.60, 0.80, 1.20, 1.80, 2.40]
U['MH_COMM'] = [0.02, 0.15, 0.45, 0.90, 0.80, 0.75, 0.70, 0.65, 0.60, 0.55, 0.50, 0.45, 0.35, 0.30, 0.30, 0.40, 0.60, 0.80]
U['MH_IP'] = [0, 0, 0.02, 0.08, 0.16, 0.17, 0.16, 0.15, 0.14, 0.13, 0.12, 0.10, 0.08, 0.07, 0.08, 0.12, 0.18, 0.20]
U_GP_F = [5.5, 2.6, 2.4, 4.2, 5.4, 5.8, 6.2, 5.9, 5.4, 5.4, 5.8, 6.2, 6.8, 7.6, 8.8, 10.4, 12.0, 13.0]
U_GP_M = [5.9, 2.7, 2.2, 2.4, 2.6, 2.8, 3.1, 3.3, 3.6, 4.0, 4.6, 5.3, 6.2, 7.2, 8.6, 10.2, 11.8, 12.6]
U['HOMECARE'] = [0, 0, 0, 0.3, 0.8, 1.0, 1.0, 1.1, 1.2, 1.4, 1.7, 2.0, 2.6, 3.5, 6.0, 14, 30, 80]
U['CARE_HOME'] = [0, 0, 0, 0.05, 0.2, 0.3, 0.3, 0.35, 0.4, 0.5, 0.6, 0.8, 1.0, 1.8, 3.5, 7.5, 17, 52]
U['AMBULANCE'] = [0.08, 0.04, 0.05, 0.09, 0.11, 0.10, 0.10, 0.10, 0.10, 0.10, 0.11, 0.12, 0.14, 0.16, 0.20, 0.27, 0.40, 0.70]

SERVICES = OrderedDict([
    # code: name, sector, criticality, growth, unmet, elasticity, unit, share of sector demand, capability mix, u source
    ('UEC', dict(name='Urgent and emergency care (A&E, UTC)', sector='acute', crit='critical', g=(1.01, 1.015, 1.025), un=(1.0, 1.02, 1.05), e=0.5,
                 unit='A&E attendance', share=0.10,
                 mix=dict(TRIAGE=0.15, MEDICAL=0.20, ACUTE_NURSING=0.30, MEDS=0.07, DIAGNOSTICS=0.06, PERSONAL=0.17, CARE_COORD=0.05))),
    ('ACUTE_IP', dict(name='Acute hospital care (inpatient, theatres, outpatients)', sector='acute', crit='high', g=(1.0, 1.01, 1.02), un=(1.0, 1.01, 1.03), e=0.3,
                      unit='occupied G&A bed-day (the driver of all acute hospital activity not listed separately)', share=0.74,
                      mix=dict(ACUTE_NURSING=0.31, PERSONAL=0.27, MEDICAL=0.13, MEDS=0.06, WOUND=0.02, INSULIN=0.01, REHAB=0.08,
                               CARE_COORD=0.03, EOL=0.01, PRESCRIBE=0.02, TRIAGE=0.01, DIAGNOSTICS=0.05))),
    ('CANCER', dict(name='Cancer care (chemotherapy, radiotherapy, oncology)', sector='acute', crit='critical', g=(1.01, 1.02, 1.03), un=(1.0, 1.02, 1.04), e=0.1,
                    unit='cancer treatment contact (incl. oncology inpatient days)', share=0.08,
                    mix=dict(ACUTE_NURSING=0.25, MEDICAL=0.15, MEDS=0.12, DIAGNOSTICS=0.18, CARE_COORD=0.06, EOL=0.04, PRESCRIBE=0.04, PERSONAL=0.10,
                             TRIAGE=0.03, REHAB=0.03))),
    ('DIAG', dict(name='Diagnostics (imaging, endoscopy, physiological tests)', sector='acute', crit='critical', g=(1.02, 1.03, 1.05), un=(1.02, 1.05, 1.08), e=0.1,
                  unit='diagnostic imaging test (the driver of all diagnostic workload, pathology included)', share=0.08,
                  mix=dict(DIAGNOSTICS=0.60, MEDICAL=0.08, ACUTE_NURSING=0.10, PERSONAL=0.12, TRIAGE=0.04, CARE_COORD=0.04, PRESCRIBE=0.02))),
    ('COMM_NURSING', dict(name='Community nursing (district nursing, long-term conditions)', sector='community', crit='high', g=(1.01, 1.02, 1.03),
                          un=(1.02, 1.05, 1.08), e=0.3, unit='community nursing contact', share=0.76,
                          mix=dict(WOUND=0.20, MEDS=0.12, INSULIN=0.08, TRIAGE=0.06, PERSONAL=0.22, CARE_COORD=0.08, EOL=0.10,
                                   ACUTE_NURSING=0.10, PRESCRIBE=0.02, DIGITAL=0.02))),
    ('REHAB', dict(name='Therapy, rehabilitation and intermediate care', sector='community', crit='standard', g=(1.01, 1.02, 1.03),
                   un=(1.02, 1.05, 1.10), e=0.2, unit='therapy contact', share=0.24,
                   mix=dict(REHAB=0.62, PERSONAL=0.20, CARE_COORD=0.10, TRIAGE=0.08))),
    ('MH_COMM', dict(name='Community mental health (adult, CAMHS, older people)', sector='mental_health', crit='high', g=(1.01, 1.03, 1.04),
                     un=(1.05, 1.10, 1.15), e=0.6, unit='community mental health contact', share=0.55,
                     mix=dict(MH_ASSESS=0.45, CARE_COORD=0.16, PERSONAL=0.12, MEDS=0.06, MEDICAL=0.06, REHAB=0.05, DIGITAL=0.035, PRESCRIBE=0.025,
                              TRIAGE=0.04))),
    ('MH_IP', dict(name='Mental health inpatient care', sector='mental_health', crit='high', g=(1.0, 1.01, 1.02), un=(1.0, 1.02, 1.05), e=0.6,
                   unit='occupied mental health bed-day', share=0.45,
                   mix=dict(MH_ASSESS=0.17, PERSONAL=0.54, MEDS=0.08, MEDICAL=0.05, REHAB=0.08, CARE_COORD=0.03, ACUTE_NURSING=0.05))),
    ('GP', dict(name='General practice (GP and practice appointments)', sector='primary_care', crit='high', g=(1.0, 1.01, 1.02), un=(1.02, 1.05, 1.08),
                e=0.2, unit='general practice appointment', share=1.0,
                mix=dict(MEDICAL=0.36, TRIAGE=0.12, PRESCRIBE=0.08, MEDS=0.08, WOUND=0.05, INSULIN=0.04, DIGITAL=0.07, CARE_COORD=0.06,
                         PERSONAL=0.08, ACUTE_NURSING=0.03, DIAGNOSTICS=0.01, REHAB=0.02))),
    ('HOMECARE', dict(name='Homecare (domiciliary care)', sector='adult_social_care', crit='high', g=(1.0, 1.01, 1.02), un=(1.03, 1.06, 1.10), e=0.2,
                      unit='homecare hour delivered', share=0.38,
                      mix=dict(PERSONAL=0.84, MEDS=0.10, CARE_COORD=0.04, EOL=0.02))),
    ('CARE_HOME', dict(name='Residential and nursing care homes', sector='adult_social_care', crit='high', g=(0.99, 1.0, 1.01), un=(1.0, 1.02, 1.04), e=0.2,
                       unit='care home resident-day', share=0.62,
                       mix=dict(PERSONAL=0.74, MEDS=0.09, CARE_COORD=0.07, EOL=0.04, WOUND=0.03, INSULIN=0.01, ACUTE_NURSING=0.02))),
    ('AMBULANCE', dict(name='Ambulance response (999 incidents)', sector='ambulance', crit='critical', g=(1.01, 1.02, 1.03), un=(1.0, 1.02, 1.05), e=0.5,
                       unit='ambulance incident', share=1.0,
                       mix=dict(EMERGENCY=0.82, TRIAGE=0.10, MEDS=0.03, PERSONAL=0.05))),
])
for s, v in SERVICES.items():
    v['mix'] = {k: x for k, x in v['mix'].items() if x > 0}
    assert abs(sum(v['mix'].values()) - 1) < 1e-9, s

U_SRC = {
    'UEC': 'Age shape approximating HES A&E attendances per head by age (NHS Digital Hospital A&E Activity 2023-24: high under 5, '
           'lowest 5-14 and 40-60, rising from 70, highest 85+), scaled so GM mid-2023 population x u = {gm_ae:,.0f} attendances, the sum of '
           'Type 1+2+Other attendances of the 10 GM trusts in nhs-ae-attendances-monthly 2024-04..2025-03',
    'ACUTE_IP': 'Age shape approximating HES admitted patient care bed-days per head by age (2023-24), scaled so GM total = {gm_bd:,.0f} '
                'occupied G&A bed-days = general_acute_beds_occupied x days, 10 GM trusts, Apr 2024-Mar 2025 (nhs-beds-ga-critical-care)',
    'CANCER': 'Cancer incidence per 100,000 by age (Cancer Research UK, England 2017-19, approx.) x 50 treatment contacts per new case (chemotherapy cycles, radiotherapy fractions, outpatient reviews) '
              '(documented default)',
    'DIAG': 'Age shape of Diagnostic Imaging Dataset tests per head (~0.8 per person a year in England 2023-24, rising with age; approx.)',
    'COMM_NURSING': 'Documented default: community nursing contacts per head concentrated at 75+ (Community Services Data Set shape, approx.)',
    'REHAB': 'Documented default: therapy contacts per head rising with age (Community Services Data Set shape, approx.)',
    'MH_COMM': 'Documented default: community mental health contacts per head by age (Mental Health Services Data Set shape: peak 15-34, '
               'older-adult/dementia rise at 80+)',
    'MH_IP': 'Documented default: ~0.1 mental health bed-days per head (~18,000 MH beds x 365 / 57.7m in England), age shape peaking 20-40 and 80+',
    'GP': 'Consultation rates by age and sex (Hobbs et al., Lancet 2016, CPRD 2007-14 shape), levelled to ~5.9 appointments per person a '
          'year (General Practice Appointments Data, England 2024-25, ~340m appointments excluding COVID vaccinations)',
    'HOMECARE': 'Documented default: homecare hours per head (England ~250m hours a year, UKHCA/ADASS estimates), 80 h per person 85+, '
                '30 at 80-84, 14 at 75-79, ~1-2 for working-age adults',
    'CARE_HOME': 'Documented default: care-home resident-days per head: ~14% of people 85+ live in care homes (Census 2021) = 52 days a '
                 'year; ~400,000 residents in England in all',
    'AMBULANCE': 'Documented default: ambulance incidents per head (~8.5m incidents a year in England, Ambulance Quality Indicators 2023-24; '
                 'age shape rising from 65)',
}

# GM real scaling targets
ae_month = defaultdict(float); t1_month = defaultdict(float)
for f in sorted(glob.glob(f'{D}/nhs-ae-attendances-monthly/ae_activity_*.csv')):
    mo = int(f[-6:-4])
    for r in csv.DictReader(open(f)):
        if r['Org Code'] in GM_TRUSTS:
            ae_month[mo] += sum(float(r[k]) for k in ['A&E attendances Type 1', 'A&E attendances Type 2', 'A&E attendances Other A&E Department'])
            t1_month[mo] += float(r['A&E attendances Type 1'])
gm_ae = sum(ae_month.values())
bd_month = defaultdict(float)
MONTHS = {calendar.month_name[i]: i for i in range(1, 13)}
for r in csv.DictReader(open(f'{D}/nhs-beds-ga-critical-care/england_trust_critical_general_acute_beds_monthly.csv')):
    if r['nhs_trust22_code'] in GM_TRUSTS:
        mname, yr = r['date'].split(); mo = MONTHS[mname]; yr = int(yr)
        if (yr == 2024 and mo >= 4) or (yr == 2025 and mo <= 3):
            bd_month[mo] += float(r['general_acute_beds_occupied']) * calendar.monthrange(yr, mo)[1]
gm_bd = sum(bd_month.values())
def gm_activity_raw(prof, sexprof=None):
    tot = 0
    for la in LAS:
        for i, b in enumerate(BANDS):
            if sexprof:
                tot += pop23[(la, 'F', b)] * sexprof[0][i] + pop23[(la, 'M', b)] * sexprof[1][i]
            else:
                tot += (pop23[(la, 'F', b)] + pop23[(la, 'M', b)]) * prof[i]
    return tot
k_ae = gm_ae / gm_activity_raw(U['UEC']); U['UEC'] = [x * k_ae for x in U['UEC']]
k_bd = gm_bd / gm_activity_raw(U['ACUTE_IP']); U['ACUTE_IP'] = [x * k_bd for x in U['ACUTE_IP']]
print(f'A&E scale {k_ae:.3f} (GM {gm_ae:.0f}); bed-day scale {k_bd:.3f} (GM {gm_bd:.0f})')
for s in U_SRC:
    U_SRC[s] = U_SRC[s].format(gm_ae=gm_ae, gm_bd=gm_bd)

util_rows = []
for s in SERVICES:
    if s == 'GP':
        for i, b in enumerate(BANDS):
            util_rows.append([s, b, 'F', round(U_GP_F[i], 4), U_SRC[s]])
            util_rows.append([s, b, 'M', round(U_GP_M[i], 4), U_SRC[s]])
    else:
        for i, b in enumerate(BANDS):
            util_rows.append([s, b, 'ALL', round(U[s][i], 5), U_SRC[s]])

# ---------------------------------------------------------------- seasonality (real where available)
def prof(month_vals):
    m = sum(month_vals.values()) / 12
    return {mo: round(month_vals[mo] / m, 4) for mo in range(1, 13)}
SEAS = OrderedDict([
    ('UEC', (prof(ae_month), 'nhs-ae-attendances-monthly 2024-04..2025-03: GM 10 trusts Type 1+2+Other attendances in the calendar month / 12-month mean')),
    ('ACUTE_IP', (prof(bd_month), 'nhs-beds-ga-critical-care: GM 10 trusts general_acute_beds_occupied x days in month, Apr 2024-Mar 2025, / 12-month mean')),
    ('AMBULANCE', (prof(t1_month), 'Proxy (no AmbSYS data): nhs-ae-attendances-monthly 2024-25 GM Type 1 attendances by month / 12-month mean')),
])
seas_rows = []
for s, (p, src) in SEAS.items():
    # fix rounding so the profile averages 1 (within 1e-4)
    for mo in range(1, 13):
        seas_rows.append([s, 'ALL', mo, p[mo], src])
    print(s, 'season', [p[m] for m in range(1, 13)], 'mean', sum(p.values()) / 12)

# ---------------------------------------------------------------- calibration of capability hours
# A[s] = GM base activity (mid-2023 population x u x dep); T_sector = establishment FTE (in post + vacancy) of the sector
def dep(s, la):
    return (imd[la] / REF_IMD) ** SERVICES[s]['e']
A = {}
for s in SERVICES:
    tot = 0
    for la in LAS:
        for i, b in enumerate(BANDS):
            if s == 'GP':
                a = pop23[(la, 'F', b)] * U_GP_F[i] + pop23[(la, 'M', b)] * U_GP_M[i]
            else:
                a = (pop23[(la, 'F', b)] + pop23[(la, 'M', b)]) * U[s][i]
            tot += a * dep(s, la)
    A[s] = tot
est = defaultdict(float); inpost = defaultdict(float); eff = defaultdict(float)
role_sector_fte = defaultdict(lambda: defaultdict(float))
for r in wf_rows:
    sec = sector_of[r[0]]
    est[sec] += r[3] + r[4]; inpost[sec] += r[3]; eff[sec] += r[3] * (1 - r[7]) + r[5] + r[6]
    role_sector_fte[sec][r[1]] += r[3] + r[4]
CALIB = 1.0    # base-year demand (unmet need = 1) equals the funded establishment of the sector
ch_rows = []
demand_fte = defaultdict(lambda: defaultdict(float))
for s, v in SERVICES.items():
    target = est[v['sector']] * v['share'] * CALIB
    tot_h = 0
    for k, w in v['mix'].items():
        fte = target * w
        h = fte * 12 * CAPS[k][1] / A[s]
        tot_h += h
        demand_fte[v['sector']][k] += fte
        ch_rows.append([s, k, round(h, 4),
                        f'Calibrated: {w:.0%} (assumed capability mix) of {v["share"]:.0%} (assumed share of the {v["sector"]} sector) of the '
                        f'sector\'s funded establishment {est[v["sector"]]:.0f} FTE (workforce.csv fte_in_post + vacancy_fte), x 12 x H[{k}] '
                        f'/ GM mid-2023 activity {A[s]:.0f} {v["unit"]}s (population x u x dep)'])
    v['tot_h'] = tot_h
    print(f'{s}: activity {A[s]:.0f} {v["unit"]}; total capability hours per unit {tot_h:.3f}')

# feasibility: max-flow from roles (establishment FTE x max share) to capability demand, per sector
def maxflow_check(sec):
    roles = role_sector_fte[sec]; dem = demand_fte[sec]
    # simple augmenting-path max flow on bipartite graph source->role->cap->sink
    nodes = ['S'] + [('r', r) for r in roles] + [('c', k) for k in dem] + ['T']
    cap = defaultdict(float)
    for r, f in roles.items():
        cap[('S', ('r', r))] = f
        for k, ms in RC[r].items():
            if k in dem:
                cap[(('r', r), ('c', k))] = f * ms
    for k, d in dem.items():
        cap[(('c', k), 'T')] = d
    adj = defaultdict(set)
    for (a, b) in list(cap):
        adj[a].add(b); adj[b].add(a)
    flow = 0
    while True:
        from collections import deque
        prev = {'S': None}; q = deque(['S'])
        while q and 'T' not in prev:
            u = q.popleft()
            for w in adj[u]:
                if w not in prev and cap[(u, w)] > 1e-9:
                    prev[w] = u; q.append(w)
        if 'T' not in prev:
            break
        path = []; w = 'T'
        while prev[w] is not None:
            path.append((prev[w], w)); w = prev[w]
        f = min(cap[e] for e in path)
        for (a, b) in path:
            cap[(a, b)] -= f; cap[(b, a)] += f
        flow += f
    short = {k: round(cap[(('c', k), 'T')], 1) for k in dem if cap[(('c', k), 'T')] > 1}
    return flow, sum(dem.values()), short
for sec in est:
    fl, dm, short = maxflow_check(sec)
    print(f'{sec}: in post {inpost[sec]:.0f}, establishment {est[sec]:.0f}, effective {eff[sec]:.0f}, demand {dm:.0f}, '
          f'max deliverable at establishment {fl:.0f}; unmet capabilities {short}')

# ---------------------------------------------------------------- catchments
# Trusts whose hospitals or services are in several GM LAs: their staff serve each LA of the footprint, shared
# by mid-2023 population. Trusts serving essentially their own LA (Bolton, Stockport, Tameside & Glossop, WWL)
# have no rows and serve their home LA; community services and primary/social care are already per LA.
FOOTPRINT = OrderedDict([
    ('R0A', (['E08000003', 'E08000009'], 'MFT runs Manchester Royal Infirmary, Wythenshawe and North Manchester General '
             '(Manchester) and Trafford General (Trafford)')),
    ('RBV', (LAS, 'The Christie is the specialist cancer centre for every GM LA (Withington, with radiotherapy centres at '
             'Oldham and Salford)')),
    ('RM3', (['E08000006', 'E08000004', 'E08000005', 'E08000002'], 'NCA runs Salford Royal (Salford), Royal Oldham (Oldham), '
             'Rochdale Infirmary (Rochdale) and Fairfield General (Bury)')),
    ('RT2', (['E08000002', 'E08000004', 'E08000005', 'E08000007', 'E08000008'], 'Pennine Care provides mental health services '
             'in Bury, Oldham, Rochdale, Stockport and Tameside')),
    ('RX7', (LAS, 'NWAS serves the whole North West; its GM staff (already scaled to GM\'s share of the North West population) '
             'serve all 10 GM LAs')),
    ('RXV', (['E08000003', 'E08000006', 'E08000009', 'E08000001', 'E08000010'], 'GMMH provides mental health services in '
             'Manchester, Salford, Trafford, Bolton and Wigan')),
])
CATCH_SRC = ('documented default: the trust\'s service footprint (LAs it runs hospitals/services in), shared by mid-2023 '
             'population; OHID trust catchments at LA level are not in the shared data')
# ICB-level OHID catchments (acute trusts only) confirm the footprints are mostly GM; the share outside GM is not taken off
ohid_gm = {r['nhs_trust22_code']: float(r['proportion_trust_came_from_icb'])
           for r in csv.DictReader(open(f'{D}/geography-lookups/nhs_trust22_icb22_catchment_share.csv'))
           if r['icb22_code'] == 'E54000057'}
catchments = []
for c, (las, note) in FOOTPRINT.items():
    assert TRUST[c][0] in ('acute', 'mental_health', 'ambulance')
    total = sum(pop_la23[la] for la in las)
    ohid = (f'; geography-lookups/nhs_trust22_icb22_catchment_share.csv (OHID acute trust catchments, ICB level only) puts '
            f'{ohid_gm[c]:.1%} of {c}\'s catchment population in GM ICB E54000057' if c in ohid_gm else
            f'; {c} is not in the OHID acute trust catchment file (geography-lookups/nhs_trust22_icb22_catchment_share.csv)')
    given = 0.0
    for i, la in enumerate(las):
        share = round(pop_la23[la] / total, 4) if i < len(las) - 1 else round(1 - given, 4)
        given += share
        catchments.append([c, la, share, f'{CATCH_SRC}. {note}; {names[la]} mid-2023 population {pop_la23[la]:,.0f} of '
                           f'{total:,.0f} in the footprint ({MYE}){ohid}'])
    print('catchment', c, [(names[r[1]], r[2]) for r in catchments if r[0] == c])

# ---------------------------------------------------------------- write tables
write('manifest.csv', ['key', 'value'], [
    ['format_version', '1'], ['icb_ods_code', 'QOP'], ['icb_ons_code', 'E54000057'], ['name', 'NHS Greater Manchester Integrated Care Board'],
    ['base_month', '2025-04'], ['reference_imd_score', '21.67'],
    ['description', 'Example system built from published data (see README.md): 10 local authorities, NHS trusts from 2024-25 sickness-absence FTE, '
                    'primary care and adult social care aggregates per LA']])
write('places.csv', ['place_code', 'name', 'type', 'source'],
      [[la, names[la], 'local_authority', f'{CENSUS}: area_code/area_name'] for la in LAS])
write('population.csv', ['place_code', 'year', 'sex', 'age_band', 'persons', 'source'], population)
write('deprivation.csv', ['place_code', 'imd_score', 'source'],
      [[la, imd[la], 'imd-2019/imd2019_england_lad19_summary.csv: Score (IMD 2019 LA average score, population-weighted, MHCLG)'] for la in LAS])
write('organisations.csv', ['org_code', 'name', 'sector', 'place_code', 'source'], [list(o) for o in orgs])
write('catchments.csv', ['org_code', 'place_code', 'share', 'source'], catchments)
write('capabilities.csv', ['capability_code', 'name', 'productive_hours_per_fte_month', 'source'],
      [[k, v[0], v[1], v[2]] for k, v in CAPS.items()])
write('roles.csv', ['role_code', 'name', 'staff_group', 'pay_band', 'annual_pay_gbp', 'annual_cost_gbp', 'contracted_hours_per_week',
                    'training_lead_time_months', 'source'],
      [[k, v['name'], v['sg'], v['band'], v['pay'], v['cost'], v['hours'], v['lead'], v['source']] for k, v in ROLES.items()])
RC_SRC = ('Documented judgement: largest share of the role\'s working time the capability may take (scope of practice per NMC/HCPC/GMC '
          'standards and Skills for Care job descriptions); not published data')
write('role_capabilities.csv', ['role_code', 'capability_code', 'max_share', 'source'],
      [[r, k, ms, RC_SRC] for r, d in RC.items() for k, ms in d.items()])
write('services.csv', ['service_code', 'name', 'sector', 'criticality', 'growth_low', 'growth_mode', 'growth_high', 'unmet_need_low',
                       'unmet_need_mode', 'unmet_need_high', 'deprivation_elasticity', 'source'],
      [[s, v['name'], v['sector'], v['crit'], *v['g'], *v['un'], v['e'],
        f'Activity unit: {v["unit"]}. Growth, unmet need and deprivation elasticity are documented assumptions: non-demographic growth '
        '1-3% a year (NHS Long Term Workforce Plan 2023 technical annex assumes activity growth beyond demography of this order); unmet '
        'need reflects waiting lists/unmet care hours; elasticity e in (IMD/21.67)^e reflects the higher use in deprived areas (HES A&E '
        'and admissions per head roughly 1.5-2x in the most vs least deprived decile)'] for s, v in SERVICES.items()])
write('utilisation.csv', ['service_code', 'age_band', 'sex', 'activity_per_person_year', 'source'], util_rows)
write('capability_hours.csv', ['service_code', 'capability_code', 'hours_per_activity', 'source'], ch_rows)
write('seasonality.csv', ['service_code', 'place_code', 'month', 'multiplier', 'source'], seas_rows)
write('workforce.csv', ['org_code', 'role_code', 'headcount', 'fte_in_post', 'vacancy_fte', 'bank_fte', 'agency_fte', 'sickness_rate',
                        'leaver_rate_low', 'leaver_rate_mode', 'leaver_rate_high', 'fill_rate_low', 'fill_rate_mode', 'fill_rate_high',
                        'source'], wf_rows)
FLOW_SRC = ('Documented assumption: Skills for Care reports a steady movement of care workers into NHS support roles (~1 in 20 care '
            'worker leavers a year go to the NHS, and NHS pay is higher); reverse flow smaller; pay elasticity 2 = a 10% pay gap raises '
            'the rate by 20%')
write('flows.csv', ['from_sector', 'from_role', 'to_sector', 'to_role', 'annual_rate_low', 'annual_rate_mode', 'annual_rate_high',
                    'pay_elasticity', 'source'], [
    ['adult_social_care', 'CARE_WORKER', 'acute', 'HCSW', 0.02, 0.03, 0.045, 2.0, FLOW_SRC],
    ['acute', 'HCSW', 'adult_social_care', 'CARE_WORKER', 0.005, 0.01, 0.015, 2.0, FLOW_SRC],
    ['adult_social_care', 'CARE_WORKER', 'community', 'HCSW', 0.005, 0.01, 0.015, 2.0, FLOW_SRC],
    ['adult_social_care', 'RN_ADULT', 'acute', 'RN_ADULT', 0.03, 0.05, 0.07, 1.0,
     'Documented assumption: registered nurses in social care have ~30% turnover (Skills for Care) and many move to NHS posts on AfC '
     'pay; 5% a year of the stock'],
    ['acute', 'RN_ADULT', 'primary_care', 'PRACTICE_NURSE', 0.005, 0.01, 0.015, 0.0,
     'Documented assumption: general practice nurses are mostly recruited from NHS trusts after some years of acute experience (QNI)'],
])
nurse_eng = 26000; gm_share_eng = gm_pop23 / eng_all
PIPE_SRC = ('Documented default: England nursing acceptances ~{nat:,} a year (UCAS 2024 cycle, approx.) x {what} x GM share of England '
            'population {sh:.3f} (GM universities train roughly in proportion to population); completion 0.75/0.8/0.85 (HEE RePAIR: '
            '~20% of students do not complete), local retention 0.6/0.7/0.8 (most graduates take a first post in their training region)')
pipe = []
for y in (2025, 2026, 2027):
    pipe.append(['RN_ADULT', 'ALL', y, round(nurse_eng * 0.75 * gm_share_eng), 36, 0.75, 0.8, 0.85, 0.6, 0.7, 0.8,
                 PIPE_SRC.format(nat=nurse_eng, what='75% adult field', sh=gm_share_eng)])
    pipe.append(['RN_MH', 'ALL', y, round(nurse_eng * 0.17 * gm_share_eng), 36, 0.75, 0.8, 0.85, 0.6, 0.7, 0.8,
                 PIPE_SRC.format(nat=nurse_eng, what='17% mental health field', sh=gm_share_eng)])
    pipe.append(['NURSING_ASSOC', 'ALL', y, round(5000 * gm_share_eng), 24, 0.75, 0.8, 0.85, 0.75, 0.85, 0.9,
                 f'Documented default: ~5,000 trainee nursing associate starts a year in England (NHS England apprenticeship figures, approx.) '
                 f'x GM population share {gm_share_eng:.3f}; employer-based apprentices mostly stay with their employer (retention 0.85)'])
    pipe.append(['GP', 'ALL', y, round(4000 * gm_share_eng), 36, 0.85, 0.9, 0.95, 0.6, 0.7, 0.8,
                 f'Documented default: ~4,000 GP specialty training entrants a year in England (NHS England 2023-24) x GM population share '
                 f'{gm_share_eng:.3f}; completion 0.9, local retention 0.7'])
write('pipeline.csv', ['role_code', 'place_code', 'year', 'intake', 'course_months', 'completion_rate_low', 'completion_rate_mode',
                       'completion_rate_high', 'local_retention_low', 'local_retention_mode', 'local_retention_high', 'source'], pipe)
write('assumptions.csv', ['parameter', 'scope', 'value_low', 'value_mode', 'value_high', 'unit', 'source'], [
    ['bank_cost_factor', 'ALL', 0.95, 1.0, 1.1, 'ratio', 'Bank shifts paid at AfC rates plus holiday pay, without pension for many bank-only staff '
     '(NHS Employers guidance on bank rates); documented default'],
    ['agency_cost_factor', 'ALL', 1.4, 1.6, 2.0, 'ratio', 'NHS agency price caps allow up to 55% above the AfC rate plus agency fees '
     '(NHS England agency rules 2024/25); 1.6 is the format default'],
    ['agency_cost_factor', 'DOCTOR', 1.6, 2.0, 2.5, 'ratio', 'Medical locum agency rates often exceed the caps (NHS England agency data); documented default'],
    ['labour_pool_annual', 'CARE_WORKER', 7000, 9000, 11000, 'people/year', 'Documented default (no published local figure): about a third of '
     'the GM care worker stock (27,500 FTE) could be recruited from outside the sector each year'],
    ['labour_pool_annual', 'RN_ADULT', 600, 900, 1300, 'people/year', 'Documented default: international and returning nurses recruited in GM '
     '(NMC register joiners ~ GM population share of ~25,000 international joiners a year in 2023/24, falling)'],
    ['labour_pool_annual', 'GP', 30, 60, 90, 'people/year', 'Documented default: experienced GPs recruited from outside GM a year'],
    ['labour_pool_annual', 'PARAMEDIC', 40, 70, 100, 'people/year', 'Documented default: paramedics recruited into NWAS GM area a year beyond graduates'],
    ['establishment_growth', 'ALL', 1.0, 1.0, 1.01, 'factor/year', 'Documented default: funded posts flat in real terms (NHS 2025/26 planning '
     'guidance asks for workforce reductions in corporate areas)'],
    ['establishment_growth', 'primary_care', 1.0, 1.02, 1.04, 'factor/year', 'Documented default: continued ARRS expansion of PCN roles'],
])

# summary for README
print('orgs', len(orgs), 'by sector', {s: sum(1 for o in orgs if o[2] == s) for s in set(o[2] for o in orgs)})
print('population 2021', round(sum(r[4] for r in population if r[1] == 2021)), '2023', round(gm_pop23))
for sec in est:
    print(f'  {sec}: fte {inpost[sec]:.0f} establishment {est[sec]:.0f}')
print('total fte', round(sum(inpost.values())))
for la in LAS: print(la, names[la], round(pop_la23[la]), imd[la], round(la65[la]))
for sec in est:
    tot = sum(role_sector_fte[sec].values())
    print(sec, {r: f'{v/tot:.3f}' for r, v in sorted(role_sector_fte[sec].items(), key=lambda x: -x[1])})

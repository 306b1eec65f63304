# A 5,000-person staff file and a 12-week surge on the Greater Manchester example's codes (seeded), for timing the web path.
import csv, random
random.seed(2026)
import os, sys
ex=os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../../examples/greater-manchester/')
out=sys.argv[1] if len(sys.argv) > 1 else '.'
orgs=[(r['org_code'],r['place_code']) for r in csv.DictReader(open(ex+'organisations.csv'))]
svcs=[(r['service_code'],r['criticality']) for r in csv.DictReader(open(ex+'services.csv'))]
caps=[r['capability_code'] for r in csv.DictReader(open(ex+'capabilities.csv'))]
roles=[r['role_code'] for r in csv.DictReader(open(ex+'roles.csv'))]
homes=[(o,p,s) for (o,p) in orgs[:25] for (s,c) in random.sample(svcs,8)]
with open(os.path.join(out,'staff.csv'),'w') as f:
    f.write('staff_id,home_org,home_service,role,capabilities,fte,base_place,max_weeks_away,max_travel_km,passport_valid_until,willing\n')
    for i in range(5000):
        o,p,s=random.choice(homes)
        cs=random.sample(caps,random.randint(1,3))
        f.write('S%05d,%s,%s,%s,%s,%s,%s,%d,%d,%s,%s\n'%(i,o,s,random.choice(roles),';'.join('%s:%d'%(c,random.randint(1,5)) for c in cs),
            random.choice(['1.0','1.0','0.8','0.6']),p,random.randint(0,6),random.choice([10,25,40]),random.choice(['2027-06-30','']),random.choice(['yes']*9+['no'])))
seen=set()
with open(os.path.join(out,'surge.csv'),'w') as f:
    f.write('week,org_code,service_code,capability_code,shortfall_fte,critical\n')
    while len(seen)<1000:
        w=random.randint(1,12); o,p,s=random.choice(homes); c=random.choice(caps)
        if (w,o,s,c) in seen: continue
        seen.add((w,o,s,c))
        f.write('%d,%s,%s,%s,%.1f,%s\n'%(w,o,s,c,random.choice([0.5,1,1.5,2,3]),random.choice(['yes','no','no'])))

# Extract FTE by org x staff group (sum over nationality) for June 2018 and Sep 2017 from the HCHS xlsx
import zipfile, re, csv, os, sys, xml.etree.ElementTree as ET
from collections import defaultdict
D = os.environ.get('SKILLMIX_SHARED_DATA', os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../../shared/data'))
OUT = sys.argv[1] if len(sys.argv) > 1 else '.'
z=zipfile.ZipFile(D + '/nhs-hchs-staff-by-organisation/hchs-staff-by-staff-group-nationality-and-organisation-september-2017-and-june-2018.xlsx')
ns={'m':'http://schemas.openxmlformats.org/spreadsheetml/2006/main'}
ss=[]
for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall('m:si',ns):
    ss.append(''.join(t.text or '' for t in si.iter('{%s}t'%ns['m'])))
root=ET.fromstring(z.read('xl/worksheets/sheet2.xml'))
rows=[]
for r in root.iter('{%s}row'%ns['m']):
    vals={}
    for c in r.findall('m:c',ns):
        col=re.match(r'[A-Z]+',c.get('r')).group()
        v=c.find('m:v',ns)
        if v is None:
            t=c.find('m:is/m:t',ns); val=t.text if t is not None else ''
        else:
            val=v.text
            if c.get('t')=='s': val=ss[int(val)]
        vals[col]=val
    rows.append([vals.get(k,'') for k in 'ABCDEF'])
print(rows[0]); print(rows[1:4]); print(len(rows))
agg=defaultdict(float)
for m,code,name,sg,nat,fte in rows[1:]:
    agg[(m,code,name,sg)]+=float(fte)
with open(os.path.join(OUT, 'hchs_org_sg.csv'),'w',newline='') as f:
    w=csv.writer(f); w.writerow(['month','org_code','org_name','staff_group','fte'])
    for k,v in sorted(agg.items()): w.writerow(list(k)+[round(v,2)])

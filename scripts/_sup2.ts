import { readFileSync } from 'node:fs';
import { analyze, cosine } from '../src/summarize/document.js';
import { lexRank, relevance, DEFAULT_WEIGHTS } from '../src/summarize/rank.js';
import { selectSentences } from '../src/summarize/select.js';
import { meanRougeF, rougeWords } from './lib/rouge.js';
const arts = readFileSync('../shared/data/easc/dev.jsonl','utf8').split('\n').filter(Boolean).map(l=>JSON.parse(l));
function budgetOf(a:any){ return Math.max(1, Math.round(a.summaries.reduce((s:number,x:string)=>s+rougeWords(x).length,0)/a.summaries.length)); }
function feats(doc: ReturnType<typeof analyze>): number[][] {
  const S = doc.sentences, n = S.length; const c = lexRank(doc); let mc = 0; for (const v of c) mc = Math.max(mc, v);
  const cen = new Float64Array(doc.termKeys.length); for (const s of S) for (let k=0;k<s.terms.length;k++) cen[s.terms[k]]+=s.weights[k];
  let cn=0; for(const v of cen) cn+=v*v; cn=Math.sqrt(cn)||1;
  let para = 0, inPara = 0;
  return S.map((s, i) => {
    if (s.opensParagraph && i>0) { para++; inPara = 0; } else if (i>0) inPara++;
    let cs=0; for(let k=0;k<s.terms.length;k++) cs+=s.weights[k]*cen[s.terms[k]]/cn;
    const V = process.env.V ?? 'A';
    const w0 = s.text.trim().split(/\s+/u); const f0 = w0[0] ?? '';
    const cue = [+(f0.startsWith('\u0648')), +(/[0-9\u0660-\u0669]/u.test(s.text)), +(/^(قال|وقال|أضاف|وأضاف|أوضح|وأوضح|أشار|وأشار|أكد|وأكد|ولفت|وتابع)$/u.test(f0)), +(/^(هو|هي|وهو|وهي|كما|وكان|وكانت|ويعتبر|يعتبر|تعتبر)$/u.test(f0)), +(/\s(هو|هي)\s/u.test(s.text.slice(0,60))), +(/^\[?\d/u.test(f0))];
    const extra = V==='D' ? [...cue, ...[5,6,7,8,9].map(p=>+(i===p)), Math.log(1+i)/3, +(i/n<0.2), +(i/n>0.8)] : V==='B' ? [...[5,6,7,8,9].map(p=>+(i===p)), Math.log(1+i)/3, +(i/n<0.2), +(i/n>0.8)] : V==='C' ? [1/(1+i)*Math.min(1,n/20), Math.min(1, n/30), (i===0?1:0)*Math.min(1,s.wordCount/40)] : [];
    return [1, ...extra, ...[0,1,2,3,4].map(p=>+(i===p)), 1/Math.sqrt(1+i), i/n, Math.min(1,s.wordCount/25), Math.min(2, s.wordCount/60),
      mc>0?c[i]/mc:0, i===0?1:cosine(s,S[0]), cs, +s.opensParagraph, 1/(1+inPara), s.quoteShare, +(s.terms.length===0)];
  });
}
const P = arts.map((a:any) => { const doc = analyze(a.article); const budget = budgetOf(a);
  const refs = a.summaries.map((r:string)=>rougeWords(r).join(' '));
  const ys = doc.sentences.map(s=>{ const w=rougeWords(s.text).slice(0,10).join(' '); return w? refs.filter((r:string)=>r.includes(w)).length/5:0;});
  return { a, doc, budget, X: feats(doc), ys, base: relevance(doc, DEFAULT_WEIGHTS) }; });
type Pp = typeof P[0];
function train(set: Pp[], l2: number) {
  const rows = set.flatMap(p => p.X.map((x,i)=>({x, y:p.ys[i]})));
  const d = rows[0].x.length; const w = new Float64Array(d);
  for (let e=0;e<400;e++){ const g = new Float64Array(d); for(const r of rows){ let z=0; for(let j=0;j<d;j++) z+=w[j]*r.x[j]; const p=1/(1+Math.exp(-z)); for(let j=0;j<d;j++) g[j]+=(p-r.y)*r.x[j]; }
    for(let j=0;j<d;j++) w[j]-=0.5*(g[j]/rows.length + l2*w[j]*(j?1:0)); }
  return w;
}
const score = (set: Pp[], sc: (p: Pp)=>Float64Array, lam=1) => { let s=0; for (const p of set) { const ch = selectSentences(p.doc, sc(p), {kind:'words',max:p.budget}, lam); s += meanRougeF(ch.map(i=>p.doc.sentences[i].text).join(' '), p.a.summaries, 1);} return 100*s/set.length; };
const lead = (set: Pp[]) => 100*set.reduce((s,p)=>s+meanRougeF(p.a.article.split(/\s+/u).filter(Boolean).slice(0,p.budget).join(' '),p.a.summaries,1),0)/set.length;
let seed = 7; const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const l2 = Number(process.env.L2 ?? 0.01);
let dB=0, dL=0, dLead=0;
for (let r=0;r<10;r++) {
  const idx = P.map((_,i)=>i); for (let i=idx.length-1;i>0;i--){ const j=Math.floor(rnd()*(i+1)); [idx[i],idx[j]]=[idx[j],idx[i]]; } const tr = idx.slice(0,51).map(i=>P[i]), te = idx.slice(51).map(i=>P[i]);
  const w = train(tr, l2);
  const sc = (p: Pp) => { const o=new Float64Array(p.X.length); p.X.forEach((x,i)=>{let z=0; x.forEach((v,j)=>z+=v*w[j]); o[i]=1/(1+Math.exp(-z));}); return o; };
  const b = score(te, p=>p.base, 0.8), l = score(te, sc, 1), l8 = score(te, sc, 0.9), ld = lead(te);
  dB+=b; dL+=l; dLead+=ld;
  console.log(r, 'base', b.toFixed(2), 'learned', l.toFixed(2), l8.toFixed(2), 'lead', ld.toFixed(2));
}
console.log('mean base', (dB/10).toFixed(2), 'learned', (dL/10).toFixed(2), 'lead', (dLead/10).toFixed(2));

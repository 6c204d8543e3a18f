import { readFileSync } from 'node:fs';
import { parseAnswers, recommend, renderDecisionRecord } from './src/engine';

const a = parseAnswers(JSON.parse(readFileSync(process.argv[2]!, 'utf8')));
if (!a.ok) throw 1;
const loc = (process.argv[3] ?? 'en') as 'en';
console.log(renderDecisionRecord(a.value, recommend(a.value, { locale: loc }), { date: '2026-12-04', locale: loc }));

// The charts' chunk: recharts and the three charts drawn with it, loaded lazily (lazy-charts.ts).
export { FactorChart, FactorTooltip } from './factor-chart';
export { LatencyChart } from './latency-chart';
export { SensitivityChart } from './sensitivity-chart';

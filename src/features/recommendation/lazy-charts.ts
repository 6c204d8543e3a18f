import { lazy } from 'react';

/** recharts is the largest dependency: the charts' chunk loads with the result, never in the first bundle. */
export const loadCharts = () => import('./charts');

export const FactorChart = lazy(() => loadCharts().then((module) => ({ default: module.FactorChart })));
export const LatencyChart = lazy(() => loadCharts().then((module) => ({ default: module.LatencyChart })));
export const SensitivityChart = lazy(() => loadCharts().then((module) => ({ default: module.SensitivityChart })));

export { RecommendationPanel, type RecommendationPanelProps } from './recommendation';
export type { PendingProblemNote } from './verdict';

export { RecommendationPanel, type RecommendationPanelProps } from './recommendation';

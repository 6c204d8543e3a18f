export { CompareView, type CompareViewProps } from './compare-view';

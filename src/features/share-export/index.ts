export { ShareActions, type ShareActionsProps } from './share-actions';

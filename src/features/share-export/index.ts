export { ActionBar, type ActionBarProps } from './action-bar';
export { ShareActions, type ShareActionsProps } from './share-actions';

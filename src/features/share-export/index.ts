export { ActionBar, type ActionBarProps } from './action-bar';
export { DecisionRecordForm, type DecisionRecordFormProps } from './decision-record-form';
export { ShareActions, type ShareActionsProps } from './share-actions';

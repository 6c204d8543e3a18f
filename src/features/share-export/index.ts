export { DecisionRecordForm, type DecisionRecordFormProps } from './decision-record-form';
export { ShareActions, type ShareActionsProps } from './share-actions';

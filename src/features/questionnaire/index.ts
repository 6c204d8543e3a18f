export { type PendingProblem, Questionnaire, type QuestionnaireProps } from './questionnaire';

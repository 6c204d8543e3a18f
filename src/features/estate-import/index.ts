export type { AppliedImport, ImportOutcome } from './applied-import';
export { EstateImport, type EstateImportProps } from './estate-import';

export type { AppliedImport } from './applied-import';
export { EstateImport, type EstateImportProps } from './estate-import';
